package org.practiceassurance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chart drawn in the browser by Apache ECharts (npm {@code echarts}, SVG renderer) from {@link
 * ChartData}: bars (stacked by series stack) and lines, targets as dashed lines, a legend, tooltips
 * and a y-axis with the unit. The option is built here, on the server, and the web component
 * {@code <pa-echart>} ({@code src/main/frontend/pa-echart.js}) only hands it to ECharts.
 *
 * <p>For screen readers the element is one image ({@code role="img"}) named by the title and a
 * one-line summary; {@link ChartPanel} adds the data as a table. Full width, 320px high unless
 * {@link #setHeight(String) set}.
 */
@Tag("pa-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./pa-echart.js")
public class EChart extends Component implements HasSize {

  public static final String DEFAULT_HEIGHT = "320px";

  private static final Logger LOG = LoggerFactory.getLogger(EChart.class);

  private ChartData data;

  public EChart() {
    getElement().setAttribute("role", "img");
    setWidthFull();
    setHeight(DEFAULT_HEIGHT);
  }

  public EChart(ChartData data) {
    this();
    setData(data);
  }

  /** Draws {@code data} instead of what was shown (the browser re-applies the whole option). */
  public void setData(ChartData data) {
    this.data = Objects.requireNonNull(data, "data");
    getElement().setProperty("valueSuffix", EChartOptions.valueSuffix(data));
    getElement().setProperty("option", EChartOptions.json(data));
    getElement().setAttribute("aria-label", EChartOptions.ariaLabel(data));
  }

  public Optional<ChartData> getData() {
    return Optional.ofNullable(data);
  }

  /**
   * Called when someone clicks a bar or a line's point. Clicks that do not match the data shown
   * (an index out of range, or a series or category name that differs from the server's at that
   * index, as after a {@link #setData} the browser has not drawn yet) are dropped.
   */
  public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
    Objects.requireNonNull(listener, "listener");
    return addListener(ItemClickEvent.class, event -> {
      if (event.data != null) {
        listener.onComponentEvent(event);
      }
    });
  }

  /**
   * A click on one data item: which series, and which category by its index into the data. The
   * category and series are read from the server's {@link ChartData}, never from the browser's labels.
   */
  @DomEvent("pa-chart-click")
  public static class ItemClickEvent extends ComponentEvent<EChart> {

    private final ChartData data;
    private final int seriesIndex;
    private final int categoryIndex;

    /** From the browser: ECharts' click on a data item, as {@code pa-echart} reports it. */
    public ItemClickEvent(EChart source, boolean fromClient,
        @EventData("event.detail.seriesName") String seriesName,
        @EventData("event.detail.seriesIndex") Integer seriesIndex,
        @EventData("event.detail.dataIndex") Integer dataIndex,
        @EventData("event.detail.name") String name) {
      super(source, fromClient);
      ChartData shown = source.data;
      boolean matches = shown != null && seriesIndex != null && dataIndex != null
          && seriesIndex >= 0 && seriesIndex < shown.series().size()
          && dataIndex >= 0 && dataIndex < shown.categories().size()
          && shown.series().get(seriesIndex).name().equals(seriesName)
          && shown.categories().get(dataIndex).equals(name);
      if (!matches) {
        LOG.debug("Chart click dropped: series {} '{}', item {} '{}' do not match the data shown", seriesIndex,
            seriesName, dataIndex, name);
      }
      this.data = matches ? shown : null;
      this.seriesIndex = matches ? seriesIndex : -1;
      this.categoryIndex = matches ? dataIndex : -1;
    }

    /** From another control that drills down the same way (a table cell of {@link ChartPanel}). */
    ItemClickEvent(EChart source, int seriesIndex, int categoryIndex) {
      super(source, true);
      this.data = source.getData().orElseThrow();
      this.seriesIndex = Objects.checkIndex(seriesIndex, data.series().size());
      this.categoryIndex = Objects.checkIndex(categoryIndex, data.categories().size());
    }

    /** The data the click was on. */
    public ChartData getData() {
      return data;
    }

    /** The index of the category clicked into {@link ChartData#categories()}. */
    public int getCategoryIndex() {
      return categoryIndex;
    }

    public String getCategory() {
      return data.categories().get(categoryIndex);
    }

    /** The index of the series clicked into {@link ChartData#series()}. */
    public int getSeriesIndex() {
      return seriesIndex;
    }

    public ChartData.Series getSeries() {
      return data.series().get(seriesIndex);
    }

    public String getSeriesName() {
      return getSeries().name();
    }
  }
}
