// <pa-bpmn-diagram>: draws a process's BPMN diagram with the bpmn-js viewer and marks where one of
// its instances stands (org.practiceassurance.ui.ProcessDiagram). The XML and the marks arrive as
// properties from the server; the marks are a JSON string that is parsed, never evaluated. bpmn-js
// writes names as SVG text. The bpmn.io watermark stays visible, as bpmn-js's licence requires.
import Viewer from 'bpmn-js/lib/Viewer';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

// Current step: thick blue outline on a light blue fill. Done and the path taken: green. The rest is
// faded, so the path stands out; the text alternative beside the diagram says the same in words.
const MARKS = `
  :host { display: block; position: relative; min-height: 12rem; }
  :host([hidden]) { display: none; }
  #canvas { width: 100%; height: 100%; }
  #problem { padding: var(--lumo-space-m, 1rem); color: var(--lumo-error-text-color, #c62828); }
  .djs-shape.pa-done .djs-visual > :first-child { stroke: #2e7d32 !important; fill: #e8f5e9 !important; }
  .djs-shape.pa-active .djs-visual > :first-child {
    stroke: #1565c0 !important; stroke-width: 4px !important; fill: #e3f2fd !important;
  }
  .djs-connection.pa-taken .djs-visual > path { stroke: #2e7d32 !important; stroke-width: 3px !important; }
  .djs-element:not(.pa-on-path) .djs-visual { opacity: 0.55; }
`;

class PaBpmnDiagram extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = diagramCss + '\n' + bpmnCss + '\n' + MARKS;
    this._canvas = document.createElement('div');
    this._canvas.id = 'canvas';
    this._problem = document.createElement('div');
    this._problem.id = 'problem';
    this._problem.hidden = true;
    root.append(style, this._canvas, this._problem);
    this._xml = null;
    this._marksText = null;
    this._drawnXml = null;
  }

  /** The process definition's BPMN 2.0 XML, with its diagram. */
  get xml() {
    return this._xml;
  }

  set xml(text) {
    this._xml = text;
    this._scheduleRender();
  }

  /** JSON: {"active": [ids], "done": [ids], "taken": [flow ids]}. */
  get marks() {
    return this._marksText;
  }

  set marks(text) {
    this._marksText = text;
    this._scheduleRender();
  }

  connectedCallback() {
    // A property set before this element was defined shadows the accessors; take it over.
    for (const name of ['xml', 'marks']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._viewer = new Viewer({ container: this._canvas });
    this._drawnXml = null;
    this._resizeObserver = new ResizeObserver(() => this._fit());
    this._resizeObserver.observe(this);
    this._scheduleRender();
  }

  disconnectedCallback() {
    this._resizeObserver.disconnect();
    this._resizeObserver = null;
    this._viewer.destroy();
    this._viewer = null;
    this._drawnXml = null;
  }

  _scheduleRender() {
    if (!this._renderQueued) {
      this._renderQueued = true;
      queueMicrotask(() => {
        this._renderQueued = false;
        this._render();
      });
    }
  }

  async _render() {
    const viewer = this._viewer;
    if (!viewer || !this._xml) {
      return;
    }
    try {
      if (this._drawnXml !== this._xml) {
        const xml = this._xml;
        await viewer.importXML(xml);
        if (viewer !== this._viewer) {
          return; // disconnected meanwhile
        }
        this._drawnXml = xml;
      }
      this._mark(JSON.parse(this._marksText || '{}'));
      this._problem.hidden = true;
      this.setAttribute('rendered', '');
      this._fit();
    } catch (error) {
      this.removeAttribute('rendered');
      this._problem.textContent = 'The diagram could not be drawn. The steps are listed in words.';
      this._problem.hidden = false;
      console.warn('pa-bpmn-diagram: the diagram could not be drawn', error);
    }
  }

  _mark(marks) {
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    registry.getAll().forEach((element) => {
      ['pa-active', 'pa-done', 'pa-taken', 'pa-on-path'].forEach((marker) => canvas.removeMarker(element, marker));
    });
    const active = new Set(marks.active || []);
    const mark = (ids, marker) => (ids || []).forEach((id) => {
      const element = registry.get(id);
      if (element) {
        canvas.addMarker(element, marker);
        canvas.addMarker(element, 'pa-on-path');
        if (element.label) {
          canvas.addMarker(element.label, 'pa-on-path'); // an event's or a flow's name, drawn apart from it
        }
      }
    });
    mark(active, 'pa-active');
    mark((marks.done || []).filter((id) => !active.has(id)), 'pa-done');
    mark(marks.taken, 'pa-taken');
  }

  /** The whole process in view and centred, never larger than drawn, with a margin for outlines and labels. */
  _fit() {
    if (!this._viewer || this._drawnXml == null || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    const canvas = this._viewer.get('canvas');
    canvas.resized();
    const fitted = canvas.zoom('fit-viewport', 'auto'); // at most 1
    canvas.zoom(fitted * 0.95); // about the middle, where fit-viewport centred it
  }
}

if (!customElements.get('pa-bpmn-diagram')) {
  customElements.define('pa-bpmn-diagram', PaBpmnDiagram);
}
