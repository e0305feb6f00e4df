package org.practiceassurance.indicator.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.indicator.ExceptionList;
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
 * Imports child-level exception lists ({@code list,child_reference,team,month,detail}). Every child
 * must be on the roster. The file replaces, for each list, team and month it has a good row for, that
 * list's children for that team and month: children no longer listed are removed, so importing the
 * same file again changes nothing. One transaction. No role check here (see {@link ValueImporter}).
 */
@Component
public class ExceptionImporter {

  static final String LIST = "list";
  static final String CHILD_REFERENCE = "child_reference";
  static final String TEAM = "team";
  static final String MONTH = "month";
  static final String DETAIL = "detail";
  static final List<Column> FORMAT = List.of(new Column(LIST, true), new Column(CHILD_REFERENCE, true),
      new Column(TEAM, true), new Column(MONTH, true), new Column(DETAIL, false));
  static final int MAX_DETAIL = 500;

  private static final Logger log = LoggerFactory.getLogger(ExceptionImporter.class);

  private final JdbcTemplate jdbc;
  private final Catalogue catalogue;
  private final CaseFiles caseFiles;
  private final ImportRuns runs;
  private final Clock clock;

  ExceptionImporter(JdbcTemplate jdbc, Catalogue catalogue, CaseFiles caseFiles, ImportRuns runs) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.runs = runs;
    this.clock = Clock.system(ValueImporter.UK);
  }

  /** The unit a file replaces: one list's children of one team in one month. */
  private record Group(String listCode, String teamCode, YearMonth month) {}

  private record Good(int line, Group group, String childReference, String serviceCode, String locality,
      String detail) {}

  private record Stored(long id, String detail, String serviceCode, String locality) {}

  /**
   * Reads and parses a file, outside any transaction (a slow upload holds no database connection).
   *
   * @throws org.practiceassurance.indicator.IndicatorFileRejected for a file that cannot be read at all
   */
  public IndicatorCsv.Parsed read(InputStream csv) {
    return IndicatorCsv.read(csv, FORMAT, "child on a list");
  }

  /** Imports a parsed file in one transaction: it lands whole or not at all. */
  @Transactional
  public IndicatorImportReport apply(IndicatorCsv.Parsed parsed, String fileName, String importedBy) {
    long started = System.nanoTime();
    jdbc.execute("lock table pa.indicator_exception in exclusive mode");
    Instant now = clock.instant();
    YearMonth latest = YearMonth.now(clock);

    List<ExceptionList> lists = catalogue.exceptionLists();
    Map<String, Team> teams = caseFiles.teams().stream().collect(Collectors.toMap(Team::code, Function.identity()));

    List<Good> good = new ArrayList<>();
    List<RejectedLine> rejected = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (IndicatorCsv.Row row : parsed.rows()) {
      List<String> problems = new ArrayList<>();
      ExceptionList list = attempt(problems, () -> list(row.get(LIST), lists));
      String reference = attempt(problems, () -> childReference(row.get(CHILD_REFERENCE)));
      Team team = attempt(problems, () -> ValueImporter.team(row.get(TEAM), teams));
      YearMonth month = attempt(problems, () -> RowChecks.month(row.get(MONTH), latest));
      if (list != null && reference != null && team != null && month != null) {
        String key = list.code() + "|" + team.code() + "|" + month + "|" + reference;
        Integer first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
          rejected.add(new RejectedLine(row.line(), row.text(), reference + " is already on " + list.code() + " for "
              + team.code() + " in " + month + " on line " + first + "."));
          continue;
        }
      }
      if (row.fieldCount() != parsed.headerFieldCount()) {
        rejected.add(new RejectedLine(row.line(), row.text(), "The row has " + row.fieldCount()
            + " fields but the header row has " + parsed.headerFieldCount()
            + " (is a value with a comma in it missing its quotes?)."));
        continue;
      }
      String detail = row.get(DETAIL).replaceAll("\\s+", " ");
      if (detail.length() > MAX_DETAIL) {
        problems.add("Detail is longer than " + MAX_DETAIL + " characters.");
      }
      if (reference != null && caseFiles.find(reference).isEmpty()) {
        problems.add("Child reference " + reference + " is not on the roster.");
      }
      if (!problems.isEmpty()) {
        rejected.add(new RejectedLine(row.line(), row.text(), String.join(" ", problems)));
        continue;
      }
      good.add(new Good(row.line(), new Group(list.code(), team.code(), month), reference, team.serviceCode(),
          team.locality(), detail));
    }

    Map<Group, List<Good>> byGroup = good.stream()
        .collect(Collectors.groupingBy(Good::group, LinkedHashMap::new, Collectors.toList()));
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> deletes = new ArrayList<>();
    for (Map.Entry<Group, List<Good>> entry : byGroup.entrySet()) {
      Map<String, Stored> stored = stored(entry.getKey());
      Set<String> listed = new HashSet<>();
      for (Good row : entry.getValue()) {
        listed.add(row.childReference());
        Stored before = stored.get(row.childReference());
        if (before == null) {
          inserts.add(new Object[] {row.group().listCode(), row.childReference(), row.group().teamCode(),
              ValueImporter.first(row.group().month()), row.serviceCode(), row.locality(), row.detail(),
              Timestamp.from(now), importedBy});
          created++;
        } else if (!before.detail().equals(row.detail()) || !before.serviceCode().equals(row.serviceCode())
            || !Objects.equals(before.locality(), row.locality())) {
          updates.add(new Object[] {row.detail(), row.serviceCode(), row.locality(), Timestamp.from(now), importedBy,
              before.id()});
          updated++;
        } else {
          unchanged++;
        }
      }
      for (Map.Entry<String, Stored> old : stored.entrySet()) {
        if (!listed.contains(old.getKey())) {
          deletes.add(new Object[] {old.getValue().id()});
          removed++;
        }
      }
    }
    jdbc.batchUpdate("delete from pa.indicator_exception where id = ?", deletes);
    jdbc.batchUpdate("""
        update pa.indicator_exception set detail = ?, service_code = ?, locality = ?, imported_at = ?, imported_by = ?
         where id = ?
        """, updates);
    jdbc.batchUpdate("""
        insert into pa.indicator_exception (list_code, child_reference, team_code, month, service_code, locality,
               detail, imported_at, imported_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, inserts);

    rejected.sort(Comparator.comparingInt(RejectedLine::lineNumber));
    IndicatorImportReport report = new IndicatorImportReport(fileName, parsed.rows().size(), created, updated,
        unchanged, removed, rejected);
    runs.record(ImportRuns.Kind.EXCEPTIONS, report, importedBy, now);
    log.info("Exception lists {} imported by {}: {} rows read, {} created, {} updated, {} unchanged, {} removed,"
        + " {} rejected in {} ms", fileName, importedBy, report.rowsRead(), created, updated, unchanged, removed,
        rejected.size(), (System.nanoTime() - started) / 1_000_000);
    return report;
  }

  /** The children stored on one list for one team and month, by reference. */
  private Map<String, Stored> stored(Group group) {
    Map<String, Stored> stored = new HashMap<>();
    jdbc.query("""
        select child_reference, id, detail, service_code, locality from pa.indicator_exception
         where list_code = ? and team_code = ? and month = ?
        """, rs -> {
      stored.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }, group.listCode(), group.teamCode(), ValueImporter.first(group.month()));
    return stored;
  }

  /** By code, or by name, without regard to case. */
  private static ExceptionList list(String raw, List<ExceptionList> lists) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing list.");
    }
    String code = raw.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return lists.stream().filter(l -> l.code().equals(code) || l.name().equalsIgnoreCase(raw)).findFirst()
        .orElseThrow(() -> new Problem("Unknown list \"" + raw + "\": use "
            + RowChecks.oneOf(lists.stream().map(ExceptionList::code).toList()) + "."));
  }

  private static String childReference(String raw) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing child reference.");
    }
    if (!raw.matches("[A-Za-z0-9][A-Za-z0-9-]{1,39}")) {
      throw new Problem("Child reference \"" + raw + "\" is not valid: use 2 to 40 letters, digits or dashes.");
    }
    return raw.toUpperCase(Locale.ROOT);
  }

  private interface Check<T> {
    T get() throws Problem;
  }

  private static <T> T attempt(List<String> problems, Check<T> check) {
    try {
      return check.get();
    } catch (Problem p) {
      problems.add(p.getMessage());
      return null;
    }
  }
}
