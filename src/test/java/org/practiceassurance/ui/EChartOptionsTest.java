package org.practiceassurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassurance.ui.ChartData.Series;
import org.practiceassurance.ui.ChartData.Target;

/** The ECharts option built on the server, read back as JSON the way the browser parses it. */
class EChartOptionsTest {

  private static final ChartData GRADES = new ChartData("Audit grades", "Month",
      List.of("Jan 2026", "Feb 2026", "Mar 2026"),
      List.of(
          Series.stackedBar("Good or better", "grades", List.of(40.0, 44.0, 47.5)).withColour("#2e7d32"),
          Series.stackedBar("Requires improvement", "grades", Arrays.asList(45.0, null, 40.0)),
          Series.stackedBar("Inadequate", "grades", List.of(15.0, 12.0, 12.5)),
          Series.line("Last year", Arrays.asList(38.0, null, 41.0)).withColour("teal")),
      List.of(new Target("Good or better target", 42), new Target("Stretch", 50)), "%", 100.0);

  private static JsonNode option(ChartData data) throws Exception {
    return new ObjectMapper().readTree(EChartOptions.json(data));
  }

  @Test
  void categoriesInOrderOnTheXAxisAndTheUnitOnTheYAxis() throws Exception {
    JsonNode option = option(GRADES);

    assertThat(option.at("/xAxis/type").asText()).isEqualTo("category");
    assertThat(option.at("/xAxis/name").asText()).isEqualTo("Month");
    assertThat(option.at("/xAxis/data")).extracting(JsonNode::asText).containsExactly("Jan 2026", "Feb 2026", "Mar 2026");
    assertThat(option.at("/yAxis/type").asText()).isEqualTo("value");
    assertThat(option.at("/yAxis/max").asDouble()).isEqualTo(100.0);
    assertThat(option.at("/yAxis/axisLabel/formatter").asText()).isEqualTo("{value} %");
    assertThat(option.at("/legend/data")).extracting(JsonNode::asText)
        .containsExactly("Good or better", "Requires improvement", "Inadequate", "Last year");
    assertThat(option.at("/tooltip/trigger").asText()).isEqualTo("axis");
  }

  @Test
  void stackedSeriesShareTheirStackAndNullsStayNull() throws Exception {
    JsonNode series = option(GRADES).get("series");

    assertThat(series).hasSize(4);
    assertThat(series).extracting(s -> s.get("type").asText()).containsExactly("bar", "bar", "bar", "line");
    assertThat(series.get(0).get("stack").asText()).isEqualTo("grades");
    assertThat(series.get(1).get("stack").asText()).isEqualTo("grades");
    assertThat(series.get(2).get("stack").asText()).isEqualTo("grades");
    assertThat(series.get(3).has("stack")).isFalse();
    assertThat(series.get(1).get("data")).extracting(JsonNode::toString).containsExactly("45.0", "null", "40.0");
    assertThat(series.get(3).get("data").get(1).isNull()).isTrue();
    assertThat(series.get(0).at("/itemStyle/color").asText()).isEqualTo("#2e7d32");
    assertThat(series.get(1).has("itemStyle")).isFalse();
    assertThat(series.get(3).at("/lineStyle/color").asText()).isEqualTo("teal");
  }

  @Test
  void targetsAreDashedMarkLinesOnTheFirstSeriesWithTheirValues() throws Exception {
    JsonNode series = option(GRADES).get("series");
    JsonNode markLine = series.get(0).get("markLine");

    assertThat(markLine.at("/lineStyle/type").asText()).isEqualTo("dashed");
    assertThat(markLine.get("data")).extracting(l -> l.get("yAxis").asDouble()).containsExactly(42.0, 50.0);
    assertThat(markLine.get("data")).extracting(l -> l.at("/label/formatter").asText())
        .containsExactly("Good or better target 42 %", "Stretch 50 %");
    for (int i = 1; i < series.size(); i++) {
      assertThat(series.get(i).has("markLine")).isFalse();
    }
  }

  @Test
  void noUnitNoMaxNoTargetsLeaveThoseOut() throws Exception {
    ChartData plain = new ChartData("Caseloads", "Team", List.of("CF-STR-1", "CF-STR-2"),
        List.of(Series.bar("Children per worker", List.of(17.0, 21.5))), null, "", null);
    JsonNode option = option(plain);

    assertThat(option.at("/yAxis").has("max")).isFalse();
    assertThat(option.at("/yAxis").has("axisLabel")).isFalse();
    assertThat(option.at("/series/0").has("markLine")).isFalse();
    assertThat(option.at("/series/0").has("stack")).isFalse();
    assertThat(EChartOptions.valueSuffix(plain)).isEmpty();
  }

  @Test
  void namesAndLabelsTravelAsPlainJsonStrings() throws Exception {
    ChartData tricky = new ChartData("Quotes \" and <b>tags</b>", "Month", List.of("<img src=x onerror=alert(1)>"),
        List.of(Series.bar("A \"quoted\" </script> name", List.of(1.0))), List.of(), "%", null);
    JsonNode option = option(tricky);

    assertThat(option.at("/xAxis/data/0").asText()).isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(option.at("/series/0/name").asText()).isEqualTo("A \"quoted\" </script> name");
  }

  @Test
  void theAccessibleNameIsTheTitleAndWhatIsDrawnOverWhat() {
    assertThat(EChartOptions.ariaLabel(GRADES)).isEqualTo("Audit grades. Stacked bar and line chart of Good or better, "
        + "Requires improvement, Inadequate, Last year by Month, Jan 2026 to Mar 2026; "
        + "targets Good or better target 42 %, Stretch 50 %.");
    ChartData one = new ChartData("Caseloads", "Team", List.of("CF-STR-1"),
        List.of(Series.line("Children per worker", List.of(17.0))), List.of(), null, null);
    assertThat(EChartOptions.ariaLabel(one)).isEqualTo("Caseloads. Line chart of Children per worker by Team, CF-STR-1.");
  }
}
