package org.practiceassurance.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a chart shows, in plain Java: values per category (e.g. per month) for one or more bar or
 * line series, horizontal target lines, the unit of the values and an optional top of the y-axis.
 * The same data draws the chart ({@link EChart}) and its accessible table ({@link ChartPanel}).
 *
 * @param title what the chart shows; the heading, the table's caption and the start of the chart's
 *     accessible name
 * @param categoryAxisLabel what the categories are (e.g. "Month"); the x-axis name and the
 *     heading of the table's first column
 * @param categories the x-axis in order, e.g. "Jan 2026"; each distinct and not blank
 * @param series at least one, with distinct names and one value per category
 * @param targets drawn as dashed horizontal lines across the chart; may be empty
 * @param unit written after every value with a space ("42 %"); {@code null} or "" for none
 * @param yAxisMax the top of the y-axis (e.g. 100 for percentages), or {@code null} to fit the data
 * @param tableColumns columns the table shows after the categories and the chart does not draw; may be empty
 */
public record ChartData(String title, String categoryAxisLabel, List<String> categories, List<Series> series,
    List<Target> targets, String unit, Double yAxisMax, List<TableColumn> tableColumns) {

  /** How a series is drawn. */
  public enum Kind { BAR, LINE }

  /**
   * One series of values.
   *
   * @param name the legend's name; distinct within the chart
   * @param kind bars or a line
   * @param stack series with the same stack are stacked on each other; {@code null} (or blank)
   *     for none. Bars and lines never share a stack
   * @param values one per category, in the categories' order; a {@code null} entry means no value
   * @param colour a CSS colour ({@code #1f77b4}, {@code rgb(31, 119, 180)} or a name such as
   *     {@code teal}), or {@code null} for the chart's palette
   * @param counts where the values are shares (percentages), how many each is, one per category (a
   *     {@code null} entry for none): the table then reads "4 (28.6 %)"; {@code null} for no counts
   */
  public record Series(String name, Kind kind, String stack, List<Double> values, String colour, List<Long> counts) {

    private static final Pattern COLOUR = Pattern.compile(
        "#(\\p{XDigit}{3}|\\p{XDigit}{4}|\\p{XDigit}{6}|\\p{XDigit}{8})|rgba?\\([0-9.,%\\s]+\\)|[a-zA-Z]+");

    public Series {
      requireText(name, "A series needs a name");
      if (kind == null) {
        throw new IllegalArgumentException("Series '" + name + "' needs a kind (BAR or LINE)");
      }
      if (values == null) {
        throw new IllegalArgumentException("Series '" + name + "' needs its values (null entries for no value)");
      }
      for (int i = 0; i < values.size(); i++) {
        Double value = values.get(i);
        if (value != null && !Double.isFinite(value)) {
          throw new IllegalArgumentException("Series '" + name + "' value " + (i + 1) + " is " + value
              + "; use null for no value");
        }
      }
      values = Collections.unmodifiableList(new ArrayList<>(values));
      stack = stack == null || stack.isBlank() ? null : stack;
      colour = colour == null || colour.isBlank() ? null : colour.strip();
      if (colour != null && !COLOUR.matcher(colour).matches()) {
        throw new IllegalArgumentException("Series '" + name + "' colour '" + colour
            + "' is not a CSS colour of the form #rrggbb, rgb(r, g, b) or a colour name");
      }
      if (counts != null) {
        if (counts.size() != values.size()) {
          throw new IllegalArgumentException("Series '" + name + "' has " + counts.size() + " counts for "
              + values.size() + " values (one count per value)");
        }
        counts = Collections.unmodifiableList(new ArrayList<>(counts));
      }
    }

    /** A series without counts. */
    public Series(String name, Kind kind, String stack, List<Double> values, String colour) {
      this(name, kind, stack, values, colour, null);
    }

    /** Bars, not stacked, in the palette's colour. */
    public static Series bar(String name, List<Double> values) {
      return new Series(name, Kind.BAR, null, values, null);
    }

    /** Bars stacked with the other series of {@code stack}, in the palette's colour. */
    public static Series stackedBar(String name, String stack, List<Double> values) {
      return new Series(name, Kind.BAR, stack, values, null);
    }

    /** A line, not stacked, in the palette's colour. */
    public static Series line(String name, List<Double> values) {
      return new Series(name, Kind.LINE, null, values, null);
    }

    /** The same series in {@code colour} (see {@link Series}). */
    public Series withColour(String colour) {
      return new Series(name, kind, stack, values, colour, counts);
    }

    /** The same series with how many each value is (see {@link Series}). */
    public Series withCounts(List<Long> counts) {
      return new Series(name, kind, stack, values, colour, counts);
    }
  }

  /**
   * A column of the table only (not drawn), e.g. how many audits each month's percentages are of.
   *
   * @param name the column's heading
   * @param values one text per category, in the categories' order
   */
  public record TableColumn(String name, List<String> values) {

    public TableColumn {
      requireText(name, "A table column needs a name");
      if (values == null || values.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException("Table column '" + name + "' needs one text per category (\"\" for none)");
      }
      values = List.copyOf(values);
    }
  }

  /**
   * A horizontal dashed line at {@code value}, labelled with its name and value.
   *
   * @param name e.g. "Good or better target"; distinct within the chart
   * @param value where the line crosses the y-axis
   */
  public record Target(String name, double value) {

    public Target {
      requireText(name, "A target needs a name");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("Target '" + name + "' is " + value);
      }
    }
  }

  public ChartData {
    requireText(title, "A chart needs a title");
    requireText(categoryAxisLabel, "Chart '" + title + "' needs a label for its categories (e.g. Month)");
    if (categories == null) {
      throw new IllegalArgumentException("Chart '" + title + "' needs its categories");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      String category = categories.get(i);
      if (category == null || category.isBlank()) {
        throw new IllegalArgumentException("Chart '" + title + "' category " + (i + 1) + " is blank");
      }
      if (!seen.add(category)) {
        throw new IllegalArgumentException("Chart '" + title + "' has the category '" + category + "' twice");
      }
    }
    categories = List.copyOf(categories);

    if (series == null || series.isEmpty() || series.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("Chart '" + title + "' needs at least one series (and no null series)");
    }
    Set<String> names = new HashSet<>();
    Map<String, Kind> stackKinds = new HashMap<>();
    for (Series s : series) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("Chart '" + title + "' has two series named '" + s.name() + "'");
      }
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
            + " values but chart '" + title + "' has " + categories.size() + " categories (one value per category)");
      }
      if (s.stack() != null) {
        Kind before = stackKinds.putIfAbsent(s.stack(), s.kind());
        if (before != null && before != s.kind()) {
          throw new IllegalArgumentException("Series '" + s.name() + "' is a " + s.kind() + " in stack '" + s.stack()
              + "', which holds " + before + " series; bars and lines cannot share a stack");
        }
      }
    }
    series = List.copyOf(series);

    targets = targets == null ? List.of() : targets;
    if (targets.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("Chart '" + title + "' has a null target");
    }
    Set<String> targetNames = new HashSet<>();
    for (Target t : targets) {
      if (!targetNames.add(t.name())) {
        throw new IllegalArgumentException("Chart '" + title + "' has two targets named '" + t.name() + "'");
      }
    }
    targets = List.copyOf(targets);

    unit = unit == null ? "" : unit.strip();

    tableColumns = tableColumns == null ? List.of() : List.copyOf(tableColumns);
    for (TableColumn column : tableColumns) {
      if (column.values().size() != categories.size()) {
        throw new IllegalArgumentException("Table column '" + column.name() + "' has " + column.values().size()
            + " values but chart '" + title + "' has " + categories.size() + " categories");
      }
    }

    if (yAxisMax != null) {
      if (!Double.isFinite(yAxisMax)) {
        throw new IllegalArgumentException("Chart '" + title + "' y-axis max is " + yAxisMax);
      }
      for (Series s : series) {
        for (int i = 0; i < s.values().size(); i++) {
          Double value = s.values().get(i);
          if (value != null && value > yAxisMax) {
            throw new IllegalArgumentException("Series '" + s.name() + "' value " + value + " for '" + categories.get(i)
                + "' is above the y-axis max " + yAxisMax + " and would not be seen");
          }
        }
      }
      for (Target t : targets) {
        if (t.value() > yAxisMax) {
          throw new IllegalArgumentException("Target '" + t.name() + "' (" + t.value() + ") is above the y-axis max "
              + yAxisMax + " and would not be seen");
        }
      }
    }
  }

  /** A chart without table-only columns. */
  public ChartData(String title, String categoryAxisLabel, List<String> categories, List<Series> series,
      List<Target> targets, String unit, Double yAxisMax) {
    this(title, categoryAxisLabel, categories, series, targets, unit, yAxisMax, List.of());
  }

  /** The same chart with these table-only columns. */
  public ChartData withTableColumns(List<TableColumn> columns) {
    return new ChartData(title, categoryAxisLabel, categories, series, targets, unit, yAxisMax, columns);
  }

  /**
   * A series' value for a category as the table shows it: "4 (28.6 %)" where the series has counts
   * ("0" where it has none of them), else as {@link #format(Double)}.
   */
  public String formatCell(Series series, int categoryIndex) {
    Double value = series.values().get(categoryIndex);
    Long count = series.counts() == null ? null : series.counts().get(categoryIndex);
    if (count == null) {
      return format(value);
    }
    DecimalFormat number = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    return number.format(count) + (value == null ? "" : " (" + format(value) + ")");
  }

  /** Formats a value as the table and the tooltips show it: "1,234.5 %", or "" for no value. */
  public String format(Double value) {
    if (value == null) {
      return "";
    }
    DecimalFormat number = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    return number.format(value) + (unit.isEmpty() ? "" : " " + unit);
  }

  private static void requireText(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }
}
