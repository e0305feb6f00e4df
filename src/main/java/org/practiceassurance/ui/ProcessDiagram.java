package org.practiceassurance.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where one process instance stands, over its BPMN diagram drawn in the browser by the bpmn-js
 * viewer (npm {@code bpmn-js}, web component {@code <pa-bpmn-diagram>} in {@code
 * src/main/frontend/pa-bpmn-diagram.js}): the current step outlined in blue, the steps done and
 * the sequence flows taken in green, the rest faded; the whole process fits the width. Under it the
 * same in words, an ordered list of the steps done with when, then the current step ({@code
 * aria-current="step"}): what a screen reader reads, and what browserless tests read.
 *
 * <p>Lean: the XML goes to the browser as an element property once; no field here holds it or the
 * path. The input is any {@link Path} (the workflow module's {@code ProcessPath} is one), so this
 * module needs nothing from the workflow module.
 *
 * <p>Ids: {@code process-summary}, {@code process-diagram} (the drawing), {@code process-steps}.
 */
public class ProcessDiagram extends Composite<Div> {

  public static final String DEFAULT_HEIGHT = "22rem";
  public static final String DETAILS_SUMMARY = "Where this case stands";
  public static final String DETAILS_ID = "where-this-case-stands";

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(UK);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(ProcessDiagram.class);

  /** What the diagram shows: a process's BPMN, where one instance of it stands and how it got there. */
  public interface Path {

    String processName();

    /** The process definition's BPMN 2.0 XML, with its diagram interchange (shapes and edges). */
    String bpmnXml();

    /** Activities the instance is in now. */
    Collection<String> activeActivityIds();

    /** Activities it has left (done, or withdrawn). */
    Collection<String> completedActivityIds();

    /** Sequence flows it has taken. */
    Collection<String> takenFlowIds();

    /** Every step entered, in the order entered. */
    List<? extends Step> steps();

    /** When the instance finished; null while it runs. */
    Instant ended();
  }

  /** One step the instance entered. */
  public interface Step {

    /** Its name in the model; null for an unnamed element (such as a join), which the text leaves out. */
    String name();

    Instant started();

    /** Null while the instance is in it. */
    Instant ended();

    /** Left without being done (e.g. a task withdrawn when the reviews closed early). */
    boolean withdrawn();

    /** The name of the way it left (a gateway's "yes" or "returned"), if that flow has a name. */
    String outcome();

    default boolean current() {
      return ended() == null;
    }
  }

  /** The drawing: bpmn-js in a web component; an image for assistive technology, named by the summary. */
  @Tag("pa-bpmn-diagram")
  @NpmPackage(value = "bpmn-js", version = "18.31.1")
  @JsModule("./pa-bpmn-diagram.js")
  public static class Drawing extends Component implements HasSize {

    Drawing(String bpmnXml, String marksJson, String label) {
      getElement().setAttribute("role", "img");
      getElement().setAttribute("aria-label", label);
      getElement().setProperty("marks", marksJson);
      getElement().setProperty("xml", bpmnXml);
      setWidthFull();
      setHeight(DEFAULT_HEIGHT);
    }
  }

  private final Drawing drawing;

  public ProcessDiagram(Path path) {
    Objects.requireNonNull(path, "path");
    String summary = summary(path);
    Paragraph summaryText = new Paragraph(summary);
    summaryText.setId("process-summary");
    drawing = new Drawing(path.bpmnXml(), marks(path), summary + " The steps are listed under the diagram.");
    drawing.setId("process-diagram");
    Span legend = new Span("Blue outline: where it is now. Green: the steps done and the way it came.");
    legend.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    OrderedList steps = new OrderedList();
    steps.setId("process-steps");
    steps.getElement().setAttribute("aria-label", "Steps of " + path.processName());
    lines(path).forEach(steps::add);
    getContent().setWidthFull();
    getContent().add(summaryText, drawing, legend, steps);
  }

  /**
   * A collapsed "Where this case stands" that reads the path and builds the diagram only when
   * opened, and drops it when closed: nothing is read or held until someone looks. A path refused
   * ({@link AccessDeniedException}) or gone ({@link NoSuchElementException}) is said in its place;
   * any other failure is logged and the page around it carries on.
   */
  public static Details whereThisCaseStands(Supplier<? extends Path> path) {
    Objects.requireNonNull(path, "path");
    Details details = new Details(DETAILS_SUMMARY);
    details.setId(DETAILS_ID);
    details.setWidthFull();
    details.addOpenedChangeListener(event -> {
      details.removeAll();
      if (event.isOpened()) {
        details.add(open(path));
      }
    });
    return details;
  }

  private static Component open(Supplier<? extends Path> path) {
    try {
      return new ProcessDiagram(path.get());
    } catch (AccessDeniedException | NoSuchElementException e) {
      return unavailable(e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("Where the case stands could not be read", e);
      return unavailable("It could not be read just now. Close this and open it again, or reload the page.");
    }
  }

  private static Component unavailable(String message) {
    Paragraph text = new Paragraph(message);
    text.setId("process-unavailable");
    return text;
  }

  /** The drawing, e.g. to set its height. */
  public Drawing getDrawing() {
    return drawing;
  }

  static String summary(Path path) {
    if (path.ended() != null) {
      return path.processName() + ": finished " + MOMENT.format(path.ended()) + ".";
    }
    List<String> now = path.steps().stream().filter(Step::current).map(Step::name).filter(Objects::nonNull)
        .distinct().toList();
    return now.isEmpty() ? path.processName() + ": in progress."
        : path.processName() + ": now at " + and(now) + ".";
  }

  /** The steps done, in order, then the current ones. */
  static List<ListItem> lines(Path path) {
    List<ListItem> done = new ArrayList<>();
    List<ListItem> current = new ArrayList<>();
    for (Step step : path.steps()) {
      if (step.name() == null) {
        continue;
      }
      if (step.current()) {
        ListItem item = new ListItem("Now: " + step.name() + " — since " + MOMENT.format(step.started()));
        item.getElement().setAttribute("aria-current", "step");
        item.getStyle().set("font-weight", "bold");
        current.add(item);
      } else if (step.withdrawn()) {
        done.add(new ListItem(step.name() + " — withdrawn " + MOMENT.format(step.ended())));
      } else {
        done.add(new ListItem(step.name() + (step.outcome() == null ? "" : ": " + step.outcome()) + " — "
            + MOMENT.format(step.ended())));
      }
    }
    done.addAll(current);
    return done;
  }

  private static String marks(Path path) {
    try {
      return JSON.writeValueAsString(Map.of("active", path.activeActivityIds(), "done", path.completedActivityIds(),
          "taken", path.takenFlowIds()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String and(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
