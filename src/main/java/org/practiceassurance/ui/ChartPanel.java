package org.practiceassurance.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.Optional;

/**
 * A chart with its title as a heading and a "Show as table" toggle that swaps in the same numbers
 * as an HTML table (caption, column and row headers, the chart's table-only columns, values with the
 * unit and, where a series has them, its counts, blank for no value, one column per target). With an item click listener, every value in the table is a button that
 * drills down exactly as a click on the bar does, so keyboard and screen-reader users can too.
 *
 * <p>Ids: give the panel an id and its parts get ids derived from it: {@code <id>-chart}, {@code
 * <id>-table}, {@code <id>-toggle}, {@code <id>-heading} and, for each value button, {@code
 * <id>-cell-<series index>-<category index>}.
 */
public class ChartPanel extends Composite<VerticalLayout> {

  static final String SHOW_TABLE = "Show as table";
  static final String SHOW_CHART = "Show as chart";

  private final H3 heading = new H3();
  private final Button toggle = new Button(SHOW_TABLE);
  private final EChart chart = new EChart();
  private final NativeTable table = new NativeTable();
  private final Div tableWrapper = new Div(table);
  private ChartData data;
  private int clickListeners;

  public ChartPanel() {
    heading.getStyle().set("margin", "0");
    toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    toggle.addClickListener(e -> setShowingTable(!isShowingTable()));
    HorizontalLayout header = new HorizontalLayout(heading, toggle);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.expand(heading);

    table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
    // The heading above says the same; the caption names the table for screen readers only.
    table.getCaption().getStyle().set("position", "absolute").set("width", "1px").set("height", "1px")
        .set("overflow", "hidden").set("clip-path", "inset(50%)").set("white-space", "nowrap");
    tableWrapper.getStyle().set("overflow-x", "auto").set("max-width", "100%");
    tableWrapper.setVisible(false);

    VerticalLayout content = getContent();
    content.setPadding(false);
    content.setSpacing(true);
    content.add(header, chart, tableWrapper);
  }

  public ChartPanel(ChartData data) {
    this();
    setData(data);
  }

  /** Shows {@code data} in the heading, the chart and the table. */
  public void setData(ChartData data) {
    this.data = Objects.requireNonNull(data, "data");
    heading.setText(data.title());
    chart.setData(data);
    renderTable();
  }

  public Optional<ChartData> getData() {
    return Optional.ofNullable(data);
  }

  /** The chart itself, e.g. to {@link EChart#setHeight(String) set its height}. */
  public EChart getChart() {
    return chart;
  }

  public boolean isShowingTable() {
    return tableWrapper.isVisible();
  }

  /**
   * Shows the table instead of the chart ({@code true}) or the chart instead of the table. The table's
   * rows exist only while it is shown: a hidden table would hold a component per cell (and Vaadin the
   * changes not yet sent for each) in every session that never asks for it.
   */
  public void setShowingTable(boolean showTable) {
    tableWrapper.setVisible(showTable);
    chart.setVisible(!showTable);
    toggle.setText(showTable ? SHOW_CHART : SHOW_TABLE);
    renderTable();
  }

  /**
   * Called for a click on a bar or point of the chart and for a click (or Enter, or Space) on a
   * value of the table, with the same category index and series either way.
   */
  public Registration addItemClickListener(ComponentEventListener<EChart.ItemClickEvent> listener) {
    Registration registration = chart.addItemClickListener(listener);
    if (clickListeners++ == 0) {
      renderTable();
    }
    return () -> {
      registration.remove();
      if (--clickListeners == 0) {
        renderTable();
      }
    };
  }

  @Override
  public void setId(String id) {
    super.setId(id);
    heading.setId(id + "-heading");
    toggle.setId(id + "-toggle");
    chart.setId(id + "-chart");
    table.setId(id + "-table");
    renderTable();
  }

  private void renderTable() {
    table.getHead().removeAllRows();
    table.getBody().removeAllRows();
    if (data == null || !tableWrapper.isVisible()) {
      return;
    }
    table.setCaptionText(data.title());
    NativeTableRow head = table.getHead().addRow();
    head.add(columnHeader(data.categoryAxisLabel(), "left"));
    data.tableColumns().forEach(t -> head.add(columnHeader(t.name(), "right")));
    data.series().forEach(s -> head.add(columnHeader(s.name(), "right")));
    data.targets().forEach(t -> head.add(columnHeader(t.name(), "right")));

    for (int c = 0; c < data.categories().size(); c++) {
      NativeTableRow row = table.getBody().addRow();
      NativeTableHeaderCell category = new NativeTableHeaderCell(data.categories().get(c));
      category.getElement().setAttribute("scope", "row");
      pad(category).getStyle().set("text-align", "left").set("font-weight", "normal");
      row.add(category);
      for (ChartData.TableColumn column : data.tableColumns()) {
        row.add(numberCell(column.values().get(c)));
      }
      for (int s = 0; s < data.series().size(); s++) {
        row.add(valueCell(s, c));
      }
      for (ChartData.Target target : data.targets()) {
        row.add(numberCell(data.format(target.value())));
      }
    }
  }

  private NativeTableCell valueCell(int seriesIndex, int categoryIndex) {
    ChartData.Series series = data.series().get(seriesIndex);
    Double value = series.values().get(categoryIndex);
    String text = data.formatCell(series, categoryIndex);
    if (value == null || clickListeners == 0) {
      return numberCell(text);
    }
    NativeButton button = new NativeButton(text,
        e -> ComponentUtil.fireEvent(chart, new EChart.ItemClickEvent(chart, seriesIndex, categoryIndex)));
    button.setAriaLabel(series.name() + ", " + data.categories().get(categoryIndex) + ": " + text);
    getId().ifPresent(id -> button.setId(id + "-cell-" + seriesIndex + "-" + categoryIndex));
    button.getStyle().set("background", "none").set("border", "none").set("padding", "0").set("font", "inherit")
        .set("color", "var(--lumo-primary-text-color)").set("text-decoration", "underline").set("cursor", "pointer");
    NativeTableCell cell = numberCell("");
    cell.add(button);
    return cell;
  }

  private static NativeTableHeaderCell columnHeader(String text, String align) {
    NativeTableHeaderCell header = new NativeTableHeaderCell(text);
    header.getElement().setAttribute("scope", "col");
    pad(header).getStyle().set("text-align", align).set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
    return header;
  }

  private static NativeTableCell numberCell(String text) {
    NativeTableCell cell = new NativeTableCell(text);
    pad(cell).getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums");
    return cell;
  }

  private static <T extends HasStyle> T pad(T cell) {
    cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
    return cell;
  }
}
