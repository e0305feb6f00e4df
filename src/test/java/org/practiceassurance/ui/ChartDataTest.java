package org.practiceassurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassurance.ui.ChartData.Series;
import org.practiceassurance.ui.ChartData.Target;

/** Chart data refuses what would draw a wrong or unreadable chart, and says why. */
class ChartDataTest {

  private static final List<String> MONTHS = List.of("Jan 2026", "Feb 2026", "Mar 2026");

  private static ChartData chart(List<Series> series, List<Target> targets, Double max) {
    return new ChartData("Audit grades", "Month", MONTHS, series, targets, "%", max);
  }

  @Test
  void keepsNullsAsNoValueAndCannotBeChangedAfterwards() {
    List<Double> values = Arrays.asList(40.0, null, 45.5);
    ChartData data = chart(List.of(Series.bar("Good", values)), null, 100.0);
    values.set(0, 99.0);

    assertThat(data.series().get(0).values()).containsExactly(40.0, null, 45.5);
    assertThat(data.targets()).isEmpty();
    assertThatThrownBy(() -> data.series().get(0).values().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> data.categories().add("Apr 2026")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void formatsValuesWithTheUnitAndNoValueAsBlank() {
    ChartData percent = chart(List.of(Series.bar("Good", List.of(1.0, 2.0, 3.0))), List.of(), null);
    ChartData plain = new ChartData("Caseloads", "Team", List.of("CF-STR-1"),
        List.of(Series.bar("Children", List.of(1234.5))), List.of(), null, null);

    assertThat(percent.format(42.0)).isEqualTo("42 %");
    assertThat(percent.format(86.666)).isEqualTo("86.67 %");
    assertThat(percent.format(null)).isEmpty();
    assertThat(plain.format(1234.5)).isEqualTo("1,234.5");
    assertThat(plain.unit()).isEmpty();
  }

  @Test
  void eachSeriesHasOneValuePerCategory() {
    assertThatThrownBy(() -> chart(List.of(Series.bar("Good", List.of(1.0, 2.0))), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Series 'Good' has 2 values but chart 'Audit grades' has 3 categories (one value per category)");
  }

  @Test
  void refusesMissingOrDuplicatedNames() {
    List<Double> three = List.of(1.0, 2.0, 3.0);
    assertThatThrownBy(() -> new ChartData(" ", "Month", MONTHS, List.of(Series.bar("Good", three)), List.of(), "%", null))
        .hasMessage("A chart needs a title");
    assertThatThrownBy(() -> new ChartData("Grades", null, MONTHS, List.of(Series.bar("Good", three)), List.of(), "%", null))
        .hasMessage("Chart 'Grades' needs a label for its categories (e.g. Month)");
    assertThatThrownBy(() -> chart(List.of(), List.of(), null))
        .hasMessage("Chart 'Audit grades' needs at least one series (and no null series)");
    assertThatThrownBy(() -> chart(List.of(Series.bar("Good", three), Series.line("Good", three)), List.of(), null))
        .hasMessage("Chart 'Audit grades' has two series named 'Good'");
    assertThatThrownBy(() -> new ChartData("Grades", "Month", List.of("Jan 2026", "Jan 2026"),
        List.of(Series.bar("Good", List.of(1.0, 2.0))), List.of(), "%", null))
        .hasMessage("Chart 'Grades' has the category 'Jan 2026' twice");
    assertThatThrownBy(() -> new ChartData("Grades", "Month", Arrays.asList("Jan 2026", null),
        List.of(Series.bar("Good", List.of(1.0, 2.0))), List.of(), "%", null))
        .hasMessage("Chart 'Grades' category 2 is blank");
    assertThatThrownBy(() -> chart(List.of(Series.bar("Good", three)), List.of(new Target("T", 1), new Target("T", 2)), null))
        .hasMessage("Chart 'Audit grades' has two targets named 'T'");
    assertThatThrownBy(() -> Series.bar(null, three)).hasMessage("A series needs a name");
    assertThatThrownBy(() -> new Series("Good", null, null, three, null)).hasMessage("Series 'Good' needs a kind (BAR or LINE)");
    assertThatThrownBy(() -> new Target("", 1)).hasMessage("A target needs a name");
  }

  @Test
  void refusesNumbersThatCannotBeDrawn() {
    assertThatThrownBy(() -> Series.bar("Good", List.of(1.0, Double.NaN, 3.0)))
        .hasMessage("Series 'Good' value 2 is NaN; use null for no value");
    assertThatThrownBy(() -> new Target("Good or better target", Double.POSITIVE_INFINITY))
        .hasMessage("Target 'Good or better target' is Infinity");
    assertThatThrownBy(() -> chart(List.of(Series.bar("Good", List.of(1.0, 101.0, 3.0))), List.of(), 100.0))
        .hasMessage("Series 'Good' value 101.0 for 'Feb 2026' is above the y-axis max 100.0 and would not be seen");
    assertThatThrownBy(() -> chart(List.of(Series.bar("Good", List.of(1.0, 2.0, 3.0))),
        List.of(new Target("Good or better target", 142)), 100.0))
        .hasMessage("Target 'Good or better target' (142.0) is above the y-axis max 100.0 and would not be seen");
  }

  @Test
  void barsAndLinesNeverShareAStack() {
    List<Double> three = List.of(1.0, 2.0, 3.0);
    assertThatThrownBy(() -> chart(List.of(Series.stackedBar("Good", "grades", three),
        new Series("Trend", ChartData.Kind.LINE, "grades", three, null)), List.of(), null))
        .hasMessage("Series 'Trend' is a LINE in stack 'grades', which holds BAR series; bars and lines cannot share a stack");
  }

  @Test
  void acceptsCssColoursOnlyAndTreatsBlankAsNone() {
    List<Double> three = List.of(1.0, 2.0, 3.0);
    assertThat(Series.bar("Good", three).withColour("#2e7d32").colour()).isEqualTo("#2e7d32");
    assertThat(Series.bar("Good", three).withColour("rgb(46, 125, 50)").colour()).isEqualTo("rgb(46, 125, 50)");
    assertThat(Series.bar("Good", three).withColour("teal").colour()).isEqualTo("teal");
    assertThat(Series.bar("Good", three).withColour(" ").colour()).isNull();
    assertThat(new Series("Good", ChartData.Kind.BAR, " ", three, null).stack()).isNull();
    assertThatThrownBy(() -> Series.bar("Good", three).withColour("red;\" onload=\"x"))
        .hasMessage("Series 'Good' colour 'red;\" onload=\"x' is not a CSS colour of the form #rrggbb, rgb(r, g, b) or a colour name");
  }

  @Test
  void aShareReadsWithItsCountAndTheCountsAndTableColumnsMustFitTheCategories() {
    Series good = Series.stackedBar("Good", "grades", Arrays.asList(28.6, null, 0.0))
        .withCounts(Arrays.asList(2L, 0L, 0L));
    ChartData data = chart(List.of(good), List.of(), 100.0)
        .withTableColumns(List.of(new ChartData.TableColumn("Audits graded", List.of("7", "0", "1,204"))));

    assertThat(data.formatCell(good, 0)).isEqualTo("2 (28.6 %)");
    assertThat(data.formatCell(good, 1)).as("a month with no audits").isEqualTo("0");
    assertThat(data.formatCell(good, 2)).isEqualTo("0 (0 %)");
    assertThat(data.formatCell(Series.bar("Plain", List.of(1.0, 2.0, 3.0)), 0)).isEqualTo("1 %");
    assertThatThrownBy(() -> good.withCounts(List.of(1L))).hasMessage("Series 'Good' has 1 counts for 3 values (one count per value)");
    assertThatThrownBy(() -> data.withTableColumns(List.of(new ChartData.TableColumn("Audits graded", List.of("7")))))
        .hasMessage("Table column 'Audits graded' has 1 values but chart 'Audit grades' has 3 categories");
  }
}
