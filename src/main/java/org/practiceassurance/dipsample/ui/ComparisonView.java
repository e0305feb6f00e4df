package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.practiceassurance.dipsample.Compliance;
import org.practiceassurance.dipsample.DipSampleFindings;
import org.practiceassurance.dipsample.InvalidDipSample;
import org.practiceassurance.dipsample.SampleComparison;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * The distance travelled: per question, the previous and the new compliance, the change and whether
 * it is significant (two-proportion test, 5 %), as a chart of paired bars and as a table (the
 * table is the accessible alternative to the chart).
 */
@Route("dip-sample-comparison")
@PageTitle("Dip sample: distance travelled | Practice Assurance")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
public class ComparisonView extends VerticalLayout implements HasUrlParameter<Long> {

  private final DipSampleFindings findings;
  final H2 title = new H2("Distance travelled");
  final Paragraph summary = new Paragraph();
  final Paragraph method = new Paragraph("Each question's change is tested on its answers. The overall change is "
      + "tested on the effective numbers of answers, each file counted as a cluster as on the results page, so it "
      + "takes a larger change to be significant than if every answer were independent.");
  final Div chart = new Div();
  final Grid<SampleComparison.Row> table = new Grid<>();

  public ComparisonView(DipSampleFindings findings) {
    this.findings = findings;
    setMaxWidth("80rem");
    summary.setId("comparison-summary");
    method.setId("comparison-method");
    method.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    chart.setId("comparison-chart");
    chart.setWidthFull();
    table.setId("comparison-table");
    table.addColumn(r -> r.position() == 0 ? "" : r.position()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    table.addColumn(SampleComparison.Row::question).setHeader("Question").setFlexGrow(4);
    table.addColumn(r -> figure(r, r.before())).setHeader("Previous run").setFlexGrow(2);
    table.addColumn(r -> figure(r, r.after())).setHeader("This run").setFlexGrow(2);
    table.addColumn(ComparisonView::change).setHeader("Change").setAutoWidth(true);
    table.addColumn(ComparisonView::significance).setHeader("Significant (5 %)?").setFlexGrow(2);
    table.setAllRowsVisible(true);
  }

  @Override
  public void setParameter(BeforeEvent event, Long sampleId) {
    SampleComparison comparison;
    try {
      comparison = findings.comparison(sampleId);
    } catch (AccessDeniedException | NoSuchElementException | InvalidDipSample e) {
      Span refused = new Span(e instanceof NoSuchElementException ? "There is no such dip sample." : e.getMessage());
      refused.setId("comparison-unavailable");
      refused.getElement().setAttribute("role", "alert");
      add(title, refused);
      return;
    }
    RouteConfiguration routes = RouteConfiguration.forSessionScope();
    title.setText("Distance travelled: " + comparison.current().title());
    summary.setText("Run " + comparison.previous().runNumber() + " (" + comparison.previous().reviewed() + " files) against run "
        + comparison.current().runNumber() + " (" + comparison.current().reviewed() + " files). Overall: "
        + ResultsPanel.percent(comparison.overall().before()) + " → " + ResultsPanel.percent(comparison.overall().after())
        + ", " + change(comparison.overall()) + ", " + significance(comparison.overall()) + ".");
    drawChart(comparison.rows());
    List<SampleComparison.Row> rows = new java.util.ArrayList<>(comparison.rows());
    rows.add(comparison.overall());
    table.setItems(rows);
    add(title, summary, method,
        new Anchor(routes.getUrl(DipSampleView.class, comparison.previous().id()), "Previous run"),
        new Anchor(routes.getUrl(DipSampleView.class, comparison.current().id()), "This run"),
        new H3("Compliance per question"), chart, new H3("As a table"), table);
  }

  /** Paired horizontal bars per question: the previous run in grey, this run in blue. */
  private void drawChart(List<SampleComparison.Row> rows) {
    chart.getElement().setAttribute("role", "img");
    StringBuilder label = new StringBuilder("Compliance per question, previous run then this run: ");
    for (SampleComparison.Row row : rows) {
      Div item = new Div();
      item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
      Span name = new Span(row.position() + ". " + row.question());
      name.getStyle().set("font-size", "var(--lumo-font-size-s)");
      item.add(name, bar(row.before(), "var(--lumo-contrast-40pct)", "previous"),
          bar(row.after(), "var(--lumo-primary-color)", "this run"));
      chart.add(item);
      label.append(row.position()).append(": ").append(ResultsPanel.percent(row.before())).append(" to ")
          .append(ResultsPanel.percent(row.after())).append("; ");
    }
    chart.getElement().setAttribute("aria-label", label.toString());
  }

  private static Div bar(Compliance.Result result, String colour, String which) {
    double value = result == null || result.effectiveSize() == 0 ? 0 : result.compliance();
    Div track = new Div();
    track.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
    Div fill = new Div();
    fill.getStyle().set("height", "0.9rem").set("background", colour).set("width", String.format(Locale.UK, "%.1f%%", value * 70))
        .set("min-width", "2px").set("border-radius", "2px");
    Span text = new Span(ResultsPanel.percent(result) + " " + which);
    text.getStyle().set("font-size", "var(--lumo-font-size-xs)");
    track.add(fill, text);
    return track;
  }

  /** The overall row (position 0) with what its clustered interval rests on; a question with its interval. */
  private static String figure(SampleComparison.Row row, Compliance.Result result) {
    return row.position() == 0 ? ResultsPanel.overall(result) : ResultsPanel.withInterval(result);
  }

  static String change(SampleComparison.Row row) {
    return row.change() == null ? "–" : String.format(Locale.UK, "%+.0f points", row.change().difference() * 100);
  }

  static String significance(SampleComparison.Row row) {
    if (row.change() == null) {
      return "cannot tell (no answers in one run)";
    }
    double p = row.change().pValue();
    return (row.change().significant() ? "yes" : "no")
        + (p < 0.001 ? " (p < 0.001)" : String.format(Locale.UK, " (p = %.3f)", p));
  }
}
