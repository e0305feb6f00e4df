package org.practiceassurance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.ui.ChartData.Series;
import org.practiceassurance.ui.ChartData.Target;

/**
 * Browserless (Karibu, no Spring: a plain component): the table carries the chart's numbers with
 * their units, the toggle swaps chart and table, and a value in the table drills down exactly as a
 * click on its bar does.
 */
class ChartPanelTest {

  private static final ChartData GRADES = new ChartData("Audit grades", "Month",
      List.of("Jan 2026", "Feb 2026", "Mar 2026"),
      List.of(
          Series.stackedBar("Good or better", "grades", List.of(40.0, 44.0, 47.5)),
          Series.stackedBar("Requires improvement", "grades", Arrays.asList(45.0, null, 40.0)),
          Series.line("Last year", List.of(38.0, 39.0, 41.0))),
      List.of(new Target("Good or better target", 42)), "%", 100.0);

  private ChartPanel panel;
  private final List<String> clicks = new ArrayList<>();

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    panel = new ChartPanel(GRADES);
    panel.setId("grades");
    UI.getCurrent().add(panel);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  private static List<List<String>> rows(NativeTable table) {
    List<NativeTableRow> rows = new ArrayList<>(table.getHead().getRows());
    rows.addAll(table.getBody().getRows());
    return rows.stream()
        .map(r -> r.getAllCells().stream().map(c -> c.getElement().getTextRecursively()).collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  private void listen() {
    panel.addItemClickListener(e -> clicks.add(e.getSeriesName() + " / " + e.getCategory() + " ("
        + e.getSeriesIndex() + ", " + e.getCategoryIndex() + ")"));
  }

  @Test
  void theTableShowsTheNumbersWithTheirUnitsBlankForNoValueAndATargetColumn() {
    ButtonKt._click(byId(Button.class, "grades-toggle"));
    NativeTable table = byId(NativeTable.class, "grades-table");

    assertThat(table.getCaptionText()).isEqualTo("Audit grades");
    assertThat(rows(table)).containsExactly(
        List.of("Month", "Good or better", "Requires improvement", "Last year", "Good or better target"),
        List.of("Jan 2026", "40 %", "45 %", "38 %", "42 %"),
        List.of("Feb 2026", "44 %", "", "39 %", "42 %"),
        List.of("Mar 2026", "47.5 %", "40 %", "41 %", "42 %"));
    assertThat(table.getHead().getRows().get(0).getHeaderCells())
        .allSatisfy(th -> assertThat(th.getElement().getAttribute("scope")).isEqualTo("col"));
    assertThat(table.getBody().getRows()).allSatisfy(r ->
        assertThat(r.getHeaderCells()).singleElement().satisfies(th -> assertThat(th.getElement().getAttribute("scope"))
            .isEqualTo("row")));
  }

  @Test
  void theToggleSwapsTheChartAndTheTable() {
    Button toggle = byId(Button.class, "grades-toggle");
    byId(EChart.class, "grades-chart");
    _assertNone(NativeTable.class);
    assertThat(toggle.getText()).isEqualTo("Show as table");

    ButtonKt._click(toggle);

    byId(NativeTable.class, "grades-table");
    _assertNone(EChart.class);
    assertThat(toggle.getText()).isEqualTo("Show as chart");
    assertThat(panel.isShowingTable()).isTrue();

    ButtonKt._click(toggle);

    byId(EChart.class, "grades-chart");
    _assertNone(NativeTable.class);
    assertThat(toggle.getText()).isEqualTo("Show as table");
    assertThat(panel.isShowingTable()).isFalse();
  }

  @Test
  void aValueInTheTableDrillsDownWithItsCategoryIndexAndSeries() {
    listen();
    ButtonKt._click(byId(Button.class, "grades-toggle"));

    NativeButton cell = byId(NativeButton.class, "grades-cell-1-2");
    assertThat(cell.getText()).isEqualTo("40 %");
    assertThat(cell.getAriaLabel()).hasValue("Requires improvement, Mar 2026: 40 %");
    ButtonKt._click(cell);

    assertThat(clicks).containsExactly("Requires improvement / Mar 2026 (1, 2)");
  }

  @Test
  void noValueAndTargetsAreNotButtonsAndWithoutAListenerNothingIs() {
    ButtonKt._click(byId(Button.class, "grades-toggle"));
    NativeTable table = byId(NativeTable.class, "grades-table");
    assertThat(buttonsInFebruary(table)).containsExactly(false, false, false, false);

    Registration registration = panel.addItemClickListener(e -> clicks.add("clicked"));
    assertThat(buttonsInFebruary(table)).containsExactly(true, false, true, false);

    registration.remove();
    assertThat(buttonsInFebruary(table)).containsExactly(false, false, false, false);
  }

  @Test
  void aClickOnTheChartReachesTheSameListenerWithTheServersCategory() {
    listen();
    EChart chart = byId(EChart.class, "grades-chart");

    BasicUtilsKt._fireDomEvent(chart, "pa-chart-click", detail("Good or better", 0, 1, "Feb 2026"));

    assertThat(clicks).containsExactly("Good or better / Feb 2026 (0, 1)");
  }

  @Test
  void aClickThatDoesNotMatchTheDataShownIsDropped() {
    listen();
    EChart chart = byId(EChart.class, "grades-chart");

    BasicUtilsKt._fireDomEvent(chart, "pa-chart-click", detail("Good or better", 0, 7, "Aug 2026"));
    BasicUtilsKt._fireDomEvent(chart, "pa-chart-click", detail("Good or better", 0, 1, "Jan 2026"));
    BasicUtilsKt._fireDomEvent(chart, "pa-chart-click", detail("Inadequate", 1, 1, "Feb 2026"));
    BasicUtilsKt._fireDomEvent(chart, "pa-chart-click", Json.createObject());

    assertThat(clicks).isEmpty();
  }

  @Test
  void theChartIsAnImageNamedByItsTitleAndSummaryAndCarriesTheOption() {
    EChart chart = byId(EChart.class, "grades-chart");

    assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
    assertThat(chart.getElement().getAttribute("aria-label")).startsWith("Audit grades. Stacked bar and line chart of ");
    assertThat(chart.getElement().getProperty("option")).isEqualTo(EChartOptions.json(GRADES));
    assertThat(chart.getElement().getProperty("valueSuffix")).isEqualTo(" %");
    assertThat(chart.getHeight()).isEqualTo("320px");
    assertThat(chart.getWidth()).isEqualTo("100%");
    assertThat(byId(H3.class, "grades-heading").getText()).isEqualTo("Audit grades");
  }

  /** Per data cell of February's row: is its value a button? */
  private static List<Boolean> buttonsInFebruary(NativeTable table) {
    return table.getBody().getRows().get(1).getDataCells().stream()
        .map(c -> c.getChildren().anyMatch(NativeButton.class::isInstance)).collect(Collectors.toList());
  }

  private static JsonObject detail(String seriesName, int seriesIndex, int dataIndex, String name) {
    JsonObject data = Json.createObject();
    data.put("event.detail.seriesName", seriesName);
    data.put("event.detail.seriesIndex", seriesIndex);
    data.put("event.detail.dataIndex", dataIndex);
    data.put("event.detail.name", name);
    return data;
  }
}
