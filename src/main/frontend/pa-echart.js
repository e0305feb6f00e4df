// <pa-echart>: draws the ECharts option the server builds (org.practiceassurance.ui.EChart).
// The option arrives as a JSON string property and is parsed, never evaluated; no data goes into
// innerHTML here (ECharts writes SVG text and escapes its tooltip HTML).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)');

class PaEChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host { display: block; position: relative; } :host([hidden]) { display: none; } '
      + '#chart { width: 100%; height: 100%; }';
    this._container = document.createElement('div');
    this._container.id = 'chart';
    root.append(style, this._container);
    this._optionText = null;
    this._valueSuffix = '';
    this._option = null;
  }

  /** The ECharts option as JSON. */
  get option() {
    return this._optionText;
  }

  set option(text) {
    this._optionText = text;
    this._scheduleApply();
  }

  /** Written after every value in tooltips, e.g. " %". */
  get valueSuffix() {
    return this._valueSuffix;
  }

  set valueSuffix(suffix) {
    this._valueSuffix = suffix == null ? '' : String(suffix);
    this._scheduleApply();
  }

  connectedCallback() {
    // A property set before this element was defined shadows the accessors; take it over.
    for (const name of ['option', 'valueSuffix']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._chart = echarts.init(this._container, null, { renderer: 'svg' });
    this._chart.on('click', (params) => {
      if (params.componentType !== 'series') {
        return;
      }
      this.dispatchEvent(new CustomEvent('pa-chart-click', {
        detail: {
          seriesName: params.seriesName,
          seriesIndex: params.seriesIndex,
          dataIndex: params.dataIndex,
          name: params.name,
        },
      }));
    });
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizeObserver.observe(this);
    this._apply();
  }

  disconnectedCallback() {
    this._resizeObserver.disconnect();
    this._resizeObserver = null;
    this._chart.dispose();
    this._chart = null;
  }

  _scheduleApply() {
    if (!this._applyQueued) {
      this._applyQueued = true;
      queueMicrotask(() => {
        this._applyQueued = false;
        this._apply();
      });
    }
  }

  _apply() {
    if (!this._chart || !this._optionText) {
      return;
    }
    const option = JSON.parse(this._optionText);
    const suffix = this._valueSuffix;
    option.tooltip = {
      ...option.tooltip,
      valueFormatter: (value) => (typeof value === 'number' && !Number.isNaN(value)
        ? NUMBER.format(value) + suffix : 'no value'),
    };
    if (REDUCED_MOTION.matches) {
      option.animation = false;
    }
    this._option = option;
    this._chart.setOption(option, { notMerge: true });
  }

  /**
   * Where data item dataIndex of series seriesIndex is drawn, in viewport pixels (the middle of a
   * bar, a line's point), or null for no value. For tests that click a bar like a person would.
   */
  pixelOf(seriesIndex, dataIndex) {
    if (!this._chart || !this._option) {
      return null;
    }
    const all = this._option.series;
    const series = all[seriesIndex];
    const value = series.data[dataIndex];
    if (value == null) {
      return null;
    }
    let base = 0;
    if (series.stack != null) {
      for (let i = 0; i < seriesIndex; i++) {
        const below = all[i].data[dataIndex];
        if (all[i].stack === series.stack && below != null && Math.sign(below) === Math.sign(value)) {
          base += below;
        }
      }
    }
    const y = series.type === 'bar' ? base + value / 2 : base + value;
    const [x, py] = this._chart.convertToPixel({ seriesIndex }, [dataIndex, y]);
    const box = this._container.getBoundingClientRect();
    return { x: box.left + x, y: box.top + py };
  }
}

if (!customElements.get('pa-echart')) {
  customElements.define('pa-echart', PaEChart);
}
