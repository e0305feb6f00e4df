package org.practiceassurance.indicator.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.indicator.Direction;
import org.practiceassurance.indicator.Indicator;
import org.practiceassurance.indicator.IndicatorImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Dev default only ({@code pa.demo-data.enabled}): on a database without indicator values, six full
 * months of values for every team of the roster and every indicator, spread around the targets so
 * that there are greens, ambers and reds, and a few children of CF-STR-1 (tm1's team) on exception
 * lists. Written as CSV and imported through the same code as a quality manager's upload. The same
 * values every time for the same month (a fixed seed). In CF-STR-1, assessments within 45 days climb
 * from red to green and case supervision in time slides from amber to red.
 */
@Component
@ConditionalOnProperty(name = "pa.demo-data.enabled", havingValue = "true")
class DemoIndicators {

  static final long SEED = 20180301L;
  static final String DEMO_TEAM = "CF-STR-1";
  static final String IMPORTED_BY = "demo-data";
  static final int MONTHS = 6;
  private static final Logger log = LoggerFactory.getLogger(DemoIndicators.class);
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** CF-STR-1's story, as numerators over denominators, oldest month first. */
  private static final Map<String, int[][]> DEMO_TEAM_STORY = Map.of(
      "ASSESSMENTS_IN_45_DAYS", new int[][] {{20, 21, 23, 24, 25, 26}, {30, 30, 30, 30, 30, 30}},
      "SUPERVISION_IN_TIME", new int[][] {{38, 37, 35, 34, 33, 31}, {45, 45, 45, 45, 45, 45}});

  private final ValueImporter values;
  private final ExceptionImporter exceptions;
  private final Catalogue catalogue;
  private final CaseFiles caseFiles;
  private final JdbcTemplate jdbc;

  DemoIndicators(ValueImporter values, ExceptionImporter exceptions, Catalogue catalogue, CaseFiles caseFiles,
      JdbcTemplate jdbc) {
    this.values = values;
    this.exceptions = exceptions;
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.jdbc = jdbc;
  }

  /** After the demo county is loaded (lower order runs first). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(50)
  void onReady() {
    load(YearMonth.now(ValueImporter.UK).minusMonths(1));
  }

  /** Imports the demo values up to {@code upTo} unless there are values already; what it did, if it ran. */
  Optional<IndicatorImportReport[]> load(YearMonth upTo) {
    Integer existing = jdbc.queryForObject("select count(*) from pa.indicator_value", Integer.class);
    List<Team> teams = caseFiles.teams();
    if (existing != null && existing > 0 || teams.isEmpty()) {
      return Optional.empty();
    }
    IndicatorImportReport valueReport = values.apply(values.read(stream(valuesCsv(teams, catalogue.indicators(), upTo))),
        "demo-values.csv", IMPORTED_BY);
    IndicatorImportReport exceptionReport = exceptions.apply(exceptions.read(stream(exceptionsCsv(upTo))),
        "demo-exceptions.csv", IMPORTED_BY);
    log.info("Demo indicators: {} monthly values for {} teams and {} children on exception lists, to {}",
        valueReport.created(), teams.size(), exceptionReport.created(), upTo);
    return Optional.of(new IndicatorImportReport[] {valueReport, exceptionReport});
  }

  static String valuesCsv(List<Team> teams, List<Indicator> indicators, YearMonth upTo) {
    StringBuilder csv = new StringBuilder("indicator,team,month,value,numerator,denominator\n");
    for (Team team : teams) {
      double teamBias = new Random(SEED ^ team.code().hashCode()).nextGaussian(); // some teams do better
      for (Indicator indicator : indicators) {
        Random random = new Random(SEED ^ (31L * team.code().hashCode() + indicator.code().hashCode()));
        int[][] story = team.code().equals(DEMO_TEAM) ? DEMO_TEAM_STORY.get(indicator.code()) : null;
        // A band's width: how far red lies from amber (at least a few points).
        double band = Math.max(3, Math.abs(indicator.amberThreshold() - indicator.redThreshold()));
        double better = indicator.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        double level = indicator.amberThreshold() + better * band * (0.5 * teamBias + 0.8 * random.nextGaussian());
        double drift = better * band * 0.15 * random.nextGaussian();
        int size = 8 + random.nextInt(40);
        for (int m = 0; m < MONTHS; m++) {
          YearMonth month = upTo.minusMonths(MONTHS - 1L - m);
          double numerator;
          double denominator;
          if (story != null) {
            numerator = story[0][m];
            denominator = story[1][m];
          } else if (indicator.isPercentage()) {
            double share = clamp(level + drift * m + band * 0.3 * random.nextGaussian(), 0, 100);
            denominator = Math.max(1, size + random.nextInt(7) - 3);
            numerator = Math.round(share / 100 * denominator);
          } else {
            // a rate such as children per worker: workers as the denominator
            denominator = Math.max(2, size / 8);
            double rate = Math.max(1, level + drift * m + band * 0.3 * random.nextGaussian());
            numerator = Math.round(rate * denominator);
          }
          double value = Math.round(10 * indicator.scale() * numerator / denominator) / 10.0;
          csv.append(indicator.code()).append(',').append(team.code()).append(',').append(month).append(',')
              .append(RowChecks.plain(value)).append(',').append((long) numerator).append(',')
              .append((long) denominator).append('\n');
        }
      }
    }
    return csv.toString();
  }

  String exceptionsCsv(YearMonth month) {
    List<CaseFile> files = caseFiles.openFiles(DEMO_TEAM);
    List<CaseFile> cp = files.stream().filter(f -> f.legalStatus() == LegalStatus.CP).toList();
    List<CaseFile> cin = files.stream().filter(f -> f.legalStatus() == LegalStatus.CIN).toList();
    LocalDate monthEnd = month.atEndOfMonth();
    StringBuilder csv = new StringBuilder("list,child_reference,team,month,detail\n");
    cp.stream().limit(2).forEach(f -> row(csv, "NOT_SEEN_IN_TIMESCALE", f, month,
        "Last seen alone " + UK_DATE.format(monthEnd.minusDays(19)) + "; visits due every 10 working days"));
    cin.stream().limit(2).forEach(f -> row(csv, "ASSESSMENT_OVER_45_DAYS", f, month,
        "Assessment started " + UK_DATE.format(monthEnd.minusDays(70)) + ", not yet authorised"));
    cp.stream().filter(f -> f.dateOpened().isBefore(monthEnd.minusMonths(18))).limit(2)
        .forEach(f -> row(csv, "CP_PLAN_OVER_18_MONTHS", f, month,
            "On a plan since " + UK_DATE.format(f.dateOpened()) + "; review conference due"));
    return csv.toString();
  }

  private static void row(StringBuilder csv, String list, CaseFile file, YearMonth month, String detail) {
    csv.append(list).append(',').append(file.childReference()).append(',').append(file.teamCode()).append(',')
        .append(month).append(",\"").append(detail.replace("\"", "\"\"")).append("\"\n");
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }

  private static ByteArrayInputStream stream(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }
}
