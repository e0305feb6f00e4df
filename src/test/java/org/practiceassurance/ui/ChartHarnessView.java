package org.practiceassurance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import org.practiceassurance.ui.ChartData.Series;
import org.practiceassurance.ui.ChartData.Target;

/**
 * Test-only route (src/test, so never in the product): a {@link ChartPanel} for the browser test,
 * which writes the item clicked into {@code #harness-clicked}. Signed-in people only, like every
 * view; no menu entry. One category label is markup, to show that it stays text.
 */
@Route("test-harness/chart")
@PageTitle("Chart harness | Practice Assurance")
@PermitAll
public class ChartHarnessView extends VerticalLayout {

  static final String MARKUP_CATEGORY = "<img src=x onerror=\"window.paChartInjected=true\">";

  static final ChartData GRADES = new ChartData("Audit grades", "Month",
      List.of("Jan 2026", "Feb 2026", "Mar 2026", MARKUP_CATEGORY),
      List.of(
          Series.stackedBar("Good or better", "grades", List.of(40.0, 44.0, 47.5, 50.0)).withColour("#2e7d32"),
          Series.stackedBar("Requires improvement", "grades", Arrays.asList(45.0, null, 40.0, 38.0)),
          Series.stackedBar("Inadequate", "grades", List.of(15.0, 12.0, 12.5, 12.0)).withColour("#c62828"),
          Series.line("Last year", Arrays.asList(38.0, 39.0, null, 41.0))),
      List.of(new Target("Good or better target", 42)), "%", 100.0);

  static final ChartData SIX_MONTHS = new ChartData("Audit grades, six months", "Month",
      List.of("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"),
      List.of(Series.bar("Good or better", List.of(40.0, 44.0, 47.5, 50.0, 52.0, 55.0))),
      List.of(new Target("Good or better target", 42)), "%", 100.0);

  public ChartHarnessView() {
    ChartPanel panel = new ChartPanel(GRADES);
    panel.setId("harness");
    Span clicked = new Span("nothing clicked");
    clicked.setId("harness-clicked");
    panel.addItemClickListener(e -> clicked.setText(e.getSeriesName() + " / " + e.getCategory() + " (series "
        + e.getSeriesIndex() + ", category " + e.getCategoryIndex() + ")"));
    Button sixMonths = new Button("Show six months", e -> panel.setData(SIX_MONTHS));
    sixMonths.setId("harness-six-months");
    add(panel, clicked, sixMonths);
  }
}
