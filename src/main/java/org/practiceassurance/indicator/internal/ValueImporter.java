package org.practiceassurance.indicator.internal;

import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.indicator.Indicator;
import org.practiceassurance.indicator.IndicatorImportReport;
import org.practiceassurance.indicator.RejectedLine;
import org.practiceassurance.indicator.internal.IndicatorCsv.Column;
import org.practiceassurance.indicator.internal.RowChecks.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports monthly indicator values per team ({@code indicator,team,month,value,numerator,denominator}):
 * checks every row, then inserts or updates one value per indicator, team and month, in one
 * transaction. A row equal to what is stored is left alone (re-importing a file reports every row
 * unchanged). No role check here: {@code Indicators} is the guarded entry for people, the dev demo
 * data the only other caller.
 */
@Component
public class ValueImporter {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final String INDICATOR = "indicator";
  static final String TEAM = "team";
  static final String MONTH = "month";
  static final String VALUE = "value";
  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";
  static final List<Column> FORMAT = List.of(new Column(INDICATOR, true), new Column(TEAM, true),
      new Column(MONTH, true), new Column(VALUE, true), new Column(NUMERATOR, false), new Column(DENOMINATOR, false));

  /** How far a given value may be from its numerator over denominator (rounding in the report). */
  static final double PERCENT_TOLERANCE = 0.5;
  static final double RATE_TOLERANCE = 0.05;

  private static final Logger log = LoggerFactory.getLogger(ValueImporter.class);

  private final JdbcTemplate jdbc;
  private final Catalogue catalogue;
  private final CaseFiles caseFiles;
  private final ImportRuns runs;
  private final Clock clock;

  ValueImporter(JdbcTemplate jdbc, Catalogue catalogue, CaseFiles caseFiles, ImportRuns runs) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.runs = runs;
    this.clock = Clock.system(UK);
  }

  record Key(String indicatorCode, String teamCode, YearMonth month) {}

  private record Good(int line, Key key, String serviceCode, String locality, double value, Double numerator,
      Double denominator) {}

  private record Stored(double value, Double numerator, Double denominator, String serviceCode, String locality) {

    boolean sameAs(Good row) {
      return Double.compare(value, row.value()) == 0 && Objects.equals(numerator, row.numerator())
          && Objects.equals(denominator, row.denominator()) && serviceCode.equals(row.serviceCode())
          && Objects.equals(locality, row.locality());
    }
  }

  /**
   * Reads and parses a file, outside any transaction (a slow upload holds no database connection).
   *
   * @throws org.practiceassurance.indicator.IndicatorFileRejected for a file that cannot be read at all
   */
  public IndicatorCsv.Parsed read(InputStream csv) {
    return IndicatorCsv.read(csv, FORMAT, "indicator value");
  }

  /** Imports a parsed file in one transaction: it lands whole or not at all. */
  @Transactional
  public IndicatorImportReport apply(IndicatorCsv.Parsed parsed, String fileName, String importedBy) {
    long started = System.nanoTime();
    // Imports of values queue behind one another; screens keep reading meanwhile.
    jdbc.execute("lock table pa.indicator_value in exclusive mode");
    Instant now = clock.instant();
    YearMonth latest = YearMonth.now(clock);

    Map<String, Indicator> indicators = catalogue.indicators().stream()
        .collect(Collectors.toMap(Indicator::code, Function.identity()));
    List<String> codes = catalogue.indicators().stream().map(Indicator::code).toList();
    Map<String, Team> teams = caseFiles.teams().stream().collect(Collectors.toMap(Team::code, Function.identity()));

    List<Good> good = new ArrayList<>();
    List<RejectedLine> rejected = new ArrayList<>();
    Map<Key, Integer> firstLine = new HashMap<>();
    for (IndicatorCsv.Row row : parsed.rows()) {
      List<String> problems = new ArrayList<>();
      Indicator indicator = attempt(problems, () -> indicator(row.get(INDICATOR), indicators, codes));
      Team team = attempt(problems, () -> team(row.get(TEAM), teams));
      YearMonth month = attempt(problems, () -> RowChecks.month(row.get(MONTH), latest));
      if (indicator != null && team != null && month != null) {
        Key key = new Key(indicator.code(), team.code(), month);
        Integer first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
          rejected.add(new RejectedLine(row.line(), row.text(), indicator.code() + " for " + team.code() + " in "
              + month + " already appears on line " + first + "; each indicator, team and month may appear once"
              + " in a file."));
          continue;
        }
      }
      if (row.fieldCount() != parsed.headerFieldCount()) {
        rejected.add(new RejectedLine(row.line(), row.text(), "The row has " + row.fieldCount()
            + " fields but the header row has " + parsed.headerFieldCount()
            + " (is a value with a comma in it missing its quotes?)."));
        continue;
      }
      int keyProblems = problems.size();
      Double numerator = attempt(problems, () -> RowChecks.number("numerator", row.get(NUMERATOR), false));
      Double denominator = attempt(problems, () -> RowChecks.number("denominator", row.get(DENOMINATOR), false));
      Double value = null;
      if (indicator != null && problems.size() == keyProblems) {
        value = attempt(problems, () -> value(indicator, row.get(VALUE), numerator, denominator));
      } else {
        attempt(problems, () -> RowChecks.number("value", row.get(VALUE), true)); // say so if it is not a number
      }
      if (!problems.isEmpty()) {
        rejected.add(new RejectedLine(row.line(), row.text(), String.join(" ", problems)));
        continue;
      }
      good.add(new Good(row.line(), new Key(indicator.code(), team.code(), month), team.serviceCode(),
          team.locality(), value, numerator, denominator));
    }

    Map<Key, Stored> stored = stored(good);
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    int unchanged = 0;
    for (Good row : good) {
      Stored before = stored.get(row.key());
      if (before == null) {
        inserts.add(new Object[] {row.serviceCode(), row.locality(), row.value(), row.numerator(), row.denominator(),
            Timestamp.from(now), importedBy, row.key().indicatorCode(), row.key().teamCode(), first(row.key().month())});
      } else if (!before.sameAs(row)) {
        updates.add(new Object[] {row.serviceCode(), row.locality(), row.value(), row.numerator(), row.denominator(),
            Timestamp.from(now), importedBy, row.key().indicatorCode(), row.key().teamCode(), first(row.key().month())});
      } else {
        unchanged++;
      }
    }
    jdbc.batchUpdate("""
        insert into pa.indicator_value (service_code, locality, value, numerator, denominator, imported_at,
               imported_by, indicator_code, team_code, month)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, inserts);
    jdbc.batchUpdate("""
        update pa.indicator_value
           set service_code = ?, locality = ?, value = ?, numerator = ?, denominator = ?, imported_at = ?,
               imported_by = ?
         where indicator_code = ? and team_code = ? and month = ?
        """, updates);

    rejected.sort(Comparator.comparingInt(RejectedLine::lineNumber));
    IndicatorImportReport report = new IndicatorImportReport(fileName, parsed.rows().size(), inserts.size(),
        updates.size(), unchanged, 0, rejected);
    runs.record(ImportRuns.Kind.VALUES, report, importedBy, now);
    log.info("Indicator values {} imported by {}: {} rows read, {} created, {} updated, {} unchanged, {} rejected"
        + " in {} ms", fileName, importedBy, report.rowsRead(), report.created(), report.updated(), unchanged,
        rejected.size(), (System.nanoTime() - started) / 1_000_000);
    return report;
  }

  /** What is stored for the months the good rows name. */
  private Map<Key, Stored> stored(List<Good> good) {
    Map<Key, Stored> stored = new HashMap<>();
    if (good.isEmpty()) {
      return stored;
    }
    YearMonth from = good.stream().map(g -> g.key().month()).min(Comparator.naturalOrder()).orElseThrow();
    YearMonth to = good.stream().map(g -> g.key().month()).max(Comparator.naturalOrder()).orElseThrow();
    jdbc.query("""
        select indicator_code, team_code, month, value, numerator, denominator, service_code, locality
          from pa.indicator_value where month between ? and ?
        """, rs -> {
      stored.put(new Key(rs.getString(1), rs.getString(2), YearMonth.from(rs.getDate(3).toLocalDate())),
          new Stored(rs.getDouble(4), (Double) rs.getObject(5), (Double) rs.getObject(6), rs.getString(7),
              rs.getString(8)));
    }, first(from), first(to));
    return stored;
  }

  static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }

  private static Indicator indicator(String raw, Map<String, Indicator> indicators, List<String> codes) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing indicator.");
    }
    Indicator indicator = indicators.get(raw.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
    if (indicator == null) {
      throw new Problem("Unknown indicator \"" + raw + "\": use one of the catalogue's codes, "
          + RowChecks.oneOf(codes) + ".");
    }
    return indicator;
  }

  static Team team(String raw, Map<String, Team> teams) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing team.");
    }
    Team team = teams.get(raw.toUpperCase(Locale.ROOT));
    if (team == null) {
      throw new Problem("Unknown team \"" + raw + "\": no such team on the roster (use a team code like CF-STR-1).");
    }
    return team;
  }

  /**
   * The row's value, checked against the indicator: given, or computed from the numerator and
   * denominator when blank; within 0 to 100 for a percentage and never negative; matching its
   * numerator over denominator when both are given.
   */
  static double value(Indicator indicator, String rawValue, Double numerator, Double denominator) throws Problem {
    List<String> problems = new ArrayList<>();
    Double value = null;
    try {
      value = RowChecks.number("value", rawValue, indicator.isPercentage());
    } catch (Problem p) {
      problems.add(p.getMessage());
    }
    if ((numerator == null) != (denominator == null)) {
      problems.add("Give both the numerator and the denominator, or neither.");
    } else if (numerator != null) {
      if (numerator < 0) {
        problems.add("Numerator " + RowChecks.plain(numerator) + " is negative.");
      }
      if (denominator <= 0) {
        problems.add("Denominator " + RowChecks.plain(denominator) + " must be more than 0.");
      } else if (indicator.isPercentage() && numerator > denominator) {
        problems.add("Numerator " + RowChecks.plain(numerator) + " is more than the denominator "
            + RowChecks.plain(denominator) + ".");
      }
    }
    if (value == null && numerator == null && problems.isEmpty()) {
      problems.add("Missing value (or give the numerator and denominator to compute it).");
    }
    if (!problems.isEmpty()) {
      throw new Problem(String.join(" ", problems));
    }
    if (value == null) {
      value = indicator.scale() * numerator / denominator;
    }
    if (indicator.isPercentage() && (value < 0 || value > 100)) {
      throw new Problem("Value " + RowChecks.plain(value) + " is outside 0 to 100 (" + indicator.code()
          + " is a percentage).");
    }
    if (value < 0) {
      throw new Problem("Value " + RowChecks.plain(value) + " is negative.");
    }
    if (numerator != null) {
      double computed = indicator.scale() * numerator / denominator;
      double tolerance = indicator.isPercentage() ? PERCENT_TOLERANCE : RATE_TOLERANCE;
      if (Math.abs(value - computed) > tolerance + 1e-9) {
        throw new Problem("Value " + RowChecks.plain(value) + " does not match the numerator and denominator ("
            + RowChecks.plain(numerator) + " / " + RowChecks.plain(denominator) + " gives "
            + String.format(Locale.UK, "%.1f", computed) + ").");
      }
    }
    return value;
  }

  private interface Check<T> {
    T get() throws Problem;
  }

  /** Runs one check; its problem joins the row's list instead of stopping the others. */
  private static <T> T attempt(List<String> problems, Check<T> check) {
    try {
      return check.get();
    } catch (Problem p) {
      problems.add(p.getMessage());
      return null;
    }
  }
}
