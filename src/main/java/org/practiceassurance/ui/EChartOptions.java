package org.practiceassurance.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns {@link ChartData} into an Apache ECharts option (JSON), on the server. The option is data
 * only: no functions, nothing the browser evaluates, and ECharts writes names and values as text
 * (SVG text, escaped tooltip HTML). The one thing JSON cannot carry, the tooltip's value formatter,
 * the web component adds from {@link #valueSuffix}.
 */
final class EChartOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EChartOptions() {}

  static String json(ChartData data) {
    try {
      return JSON.writeValueAsString(option(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the chart option of '" + data.title() + "'", e);
    }
  }

  static ObjectNode option(ChartData data) {
    ObjectNode option = JSON.createObjectNode();
    option.put("animationDuration", 400);

    ObjectNode legend = option.putObject("legend");
    legend.put("type", "scroll").put("top", 0);
    ArrayNode legendNames = legend.putArray("data");
    data.series().forEach(s -> legendNames.add(s.name()));

    ObjectNode tooltip = option.putObject("tooltip");
    tooltip.put("trigger", "axis").put("className", "pa-echart-tooltip").putObject("axisPointer").put("type", "shadow");

    option.putObject("grid").put("left", 16).put("right", 24).put("top", 40).put("bottom", 40);

    ObjectNode xAxis = option.putObject("xAxis");
    xAxis.put("type", "category").put("name", data.categoryAxisLabel()).put("nameLocation", "middle").put("nameGap", 28);
    ArrayNode categories = xAxis.putArray("data");
    data.categories().forEach(categories::add);

    ObjectNode yAxis = option.putObject("yAxis");
    yAxis.put("type", "value");
    if (data.yAxisMax() != null) {
      yAxis.put("max", data.yAxisMax());
    }
    if (!data.unit().isEmpty()) {
      yAxis.putObject("axisLabel").put("formatter", "{value}" + valueSuffix(data));
    }

    ArrayNode series = option.putArray("series");
    for (ChartData.Series s : data.series()) {
      series.add(series(s));
    }
    if (!data.targets().isEmpty()) {
      ((ObjectNode) series.get(0)).set("markLine", markLine(data));
    }
    return option;
  }

  private static ObjectNode series(ChartData.Series s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", s.name()).put("type", s.kind() == ChartData.Kind.BAR ? "bar" : "line");
    if (s.stack() != null) {
      node.put("stack", s.stack());
    }
    ArrayNode values = node.putArray("data");
    s.values().forEach(v -> {
      if (v == null) {
        values.addNull();
      } else {
        values.add(v);
      }
    });
    if (s.colour() != null) {
      node.putObject("itemStyle").put("color", s.colour());
      if (s.kind() == ChartData.Kind.LINE) {
        node.putObject("lineStyle").put("color", s.colour());
      }
    }
    return node;
  }

  /** The targets, on the first series: dashed, without end symbols, labelled at the right-hand end. */
  private static ObjectNode markLine(ChartData data) {
    ObjectNode markLine = JSON.createObjectNode();
    markLine.put("silent", true).put("symbol", "none").put("animation", false);
    markLine.putObject("lineStyle").put("type", "dashed");
    markLine.putObject("label").put("position", "insideEndTop");
    ArrayNode lines = markLine.putArray("data");
    for (ChartData.Target t : data.targets()) {
      ObjectNode line = lines.addObject();
      line.put("name", t.name()).put("yAxis", t.value());
      line.putObject("label").put("formatter", t.name() + " " + data.format(t.value()));
    }
    return markLine;
  }

  /** What follows a number: " %" for percentages, nothing without a unit. */
  static String valueSuffix(ChartData data) {
    return data.unit().isEmpty() ? "" : " " + data.unit();
  }

  /** The chart's accessible name: the title and one line saying what is drawn over what. */
  static String ariaLabel(ChartData data) {
    List<String> categories = data.categories();
    boolean bars = data.series().stream().anyMatch(s -> s.kind() == ChartData.Kind.BAR);
    boolean lines = data.series().stream().anyMatch(s -> s.kind() == ChartData.Kind.LINE);
    boolean stacked = data.series().stream().anyMatch(s -> s.stack() != null);
    String kind = (stacked ? "stacked " : "") + (bars && lines ? "bar and line" : bars ? "bar" : "line") + " chart";
    StringBuilder label = new StringBuilder(data.title()).append(". ");
    label.append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1)).append(" of ")
        .append(data.series().stream().map(ChartData.Series::name).collect(Collectors.joining(", ")))
        .append(" by ").append(data.categoryAxisLabel());
    if (categories.size() == 1) {
      label.append(", ").append(categories.get(0));
    } else if (categories.size() > 1) {
      label.append(", ").append(categories.get(0)).append(" to ").append(categories.get(categories.size() - 1));
    }
    if (!data.targets().isEmpty()) {
      label.append("; ").append(data.targets().size() == 1 ? "target " : "targets ").append(data.targets().stream()
          .map(t -> t.name() + " " + data.format(t.value())).collect(Collectors.joining(", ")));
    }
    return label.append('.').toString();
  }
}
