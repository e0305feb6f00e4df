package org.practiceassurance.casefile.internal;

import static org.practiceassurance.casefile.internal.RosterCsv.Column.ALLOCATED_WORKER;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.CHILD_REFERENCE;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.DATE_OF_BIRTH;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.DATE_OPENED;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.DISPLAY_NAME;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.LEGAL_STATUS;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.LOCALITY;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.SERVICE;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.TEAM;
import static org.practiceassurance.casefile.internal.RosterCsv.Column.TEAM_MANAGER;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.ImportReport;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.casefile.RejectedRow;
import org.practiceassurance.casefile.RosterFileRejected;
import org.practiceassurance.casefile.internal.RosterCsv.Column;
import org.practiceassurance.casefile.internal.RosterRowChecks.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a parsed roster: checks every row, then upserts teams and case files by child reference
 * and, for a full import, closes the open files the roster no longer lists. One transaction: the
 * import lands whole or not at all. No role check here: {@code RosterImport} is the guarded entry
 * for people, the dev demo county the only other caller.
 */
@Component
public class RosterImporter {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Logger log = LoggerFactory.getLogger(RosterImporter.class);

  private final EntityManager em;
  private final CaseFileRepository files;
  private final TeamRepository teams;
  private final OrgServiceRepository services;
  private final RosterImportRunRepository runs;
  private final RosterProperties properties;
  private final Clock clock = Clock.system(UK);

  RosterImporter(EntityManager em, CaseFileRepository files, TeamRepository teams, OrgServiceRepository services,
      RosterImportRunRepository runs, RosterProperties properties) {
    this.em = em;
    this.files = files;
    this.teams = teams;
    this.services = services;
    this.runs = runs;
    this.properties = properties;
  }

  public RosterProperties properties() {
    return properties;
  }

  /** A row that passed every check; {@code locality} null means "the team's". */
  private record GoodRow(int line, String reference, String displayName, LocalDate dateOfBirth, LegalStatus status,
      String serviceCode, String teamCode, String locality, String allocatedWorker, String teamManager,
      LocalDate dateOpened) {}

  /** A team first met in this file. */
  private record NewTeam(String code, String serviceCode) {}

  @Transactional
  public ImportReport apply(RosterCsv.Parsed roster, boolean fullImport, String importedBy) {
    long started = System.nanoTime();
    Session session = em.unwrap(Session.class);
    session.setJdbcBatchSize(200);
    // Imports queue behind one another; screens keep reading meanwhile.
    em.createNativeQuery("lock table pa.case_file in exclusive mode").executeUpdate();

    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Map<String, OrgServiceEntity> serviceByCode = services.findAll().stream()
        .collect(Collectors.toMap(OrgServiceEntity::code, Function.identity()));
    Map<String, TeamEntity> teamByCode = teams.findAll().stream()
        .collect(Collectors.toMap(TeamEntity::code, Function.identity(), (a, b) -> a, HashMap::new));
    Map<String, CaseFileEntity> fileByReference = files.findAll().stream()
        .collect(Collectors.toMap(CaseFileEntity::childReference, Function.identity()));

    Checker checker = new Checker(roster, today, serviceByCode, teamByCode);
    roster.rows().forEach(checker::check);

    List<CaseFileEntity> toClose = List.of();
    long openBefore = fileByReference.values().stream().filter(CaseFileEntity::isOpen).count();
    if (fullImport && !checker.good.isEmpty()) {
      toClose = fileByReference.values().stream()
          .filter(f -> f.isOpen() && !checker.firstLine.containsKey(f.childReference()))
          .sorted(Comparator.comparing(CaseFileEntity::childReference)).toList();
      double limit = properties.fullImportMaxCloseFraction() * openBefore;
      if (toClose.size() > limit) {
        throw new RosterFileRejected("Full import refused", "This full import would close " + toClose.size()
            + " of the " + openBefore + " open case files, more than " + Math.round(properties.fullImportMaxCloseFraction() * 100)
            + " % of them: it looks like part of the roster, not all of it. Nothing was changed. Import it without"
            + " \"full import\" to add and update files only, or check that the export is complete.");
      }
    }

    Map<String, TeamEntity> rowTeams = upsertTeams(roster.columns(), checker, serviceByCode, teamByCode, now);

    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (GoodRow row : checker.good) {
      CaseFileEntity existing = fileByReference.get(row.reference());
      TeamEntity team = rowTeams.get(row.teamCode());
      CaseFile file = new CaseFile(row.reference(),
          roster.columns().contains(DISPLAY_NAME) || existing == null ? row.displayName() : existing.toCaseFile().displayName(),
          row.dateOfBirth(), row.status(), row.serviceCode(), row.teamCode(),
          row.locality() != null ? row.locality() : team.locality(),
          roster.columns().contains(ALLOCATED_WORKER) || existing == null ? row.allocatedWorker()
              : existing.toCaseFile().allocatedWorker(),
          row.teamManager() != null ? row.teamManager() : team.managerUsername(),
          row.dateOpened(), true);
      if (existing == null) {
        em.persist(new CaseFileEntity(file, now));
        created++;
      } else if (existing.update(file, now)) {
        updated++;
      } else {
        unchanged++;
      }
    }
    for (CaseFileEntity file : toClose) {
      file.close(today, now);
    }

    ImportReport report = new ImportReport(roster.rows().size(), created, updated, unchanged, toClose.size(),
        checker.rejected);
    runs.save(new RosterImportRun(now, importedBy, fullImport, report));
    em.flush();
    log.info("Roster import by {} ({}): {} rows read, {} created, {} updated, {} unchanged, {} closed, {} rejected"
        + " in {} ms", importedBy, fullImport ? "full" : "partial", report.rowsRead(), created, updated, unchanged,
        report.closed(), report.rejected().size(), (System.nanoTime() - started) / 1_000_000);
    return report;
  }

  /**
   * Creates the teams first met in this file and takes each team's locality and manager from its
   * rows (the value most of its rows give; existing values stay when the rows give none).
   */
  private Map<String, TeamEntity> upsertTeams(Set<Column> columns, Checker checker,
      Map<String, OrgServiceEntity> serviceByCode, Map<String, TeamEntity> teamByCode, Instant now) {
    Map<String, List<GoodRow>> rowsByTeam = checker.good.stream()
        .collect(Collectors.groupingBy(GoodRow::teamCode, LinkedHashMap::new, Collectors.toList()));
    Map<String, TeamEntity> result = new HashMap<>();
    for (Map.Entry<String, List<GoodRow>> entry : rowsByTeam.entrySet()) {
      String code = entry.getKey();
      String locality = columns.contains(LOCALITY) ? mostCommon(entry.getValue(), GoodRow::locality) : null;
      String manager = columns.contains(TEAM_MANAGER) ? mostCommon(entry.getValue(), GoodRow::teamManager) : null;
      TeamEntity team = teamByCode.get(code);
      if (team == null) {
        NewTeam fresh = checker.newTeams.get(code);
        String teamLocality = locality != null ? locality : localityFromCode(code).orElse(null);
        team = new TeamEntity(code, teamName(code, serviceByCode.get(fresh.serviceCode()).name(), teamLocality),
            fresh.serviceCode(), teamLocality, manager, now);
        em.persist(team);
      } else {
        team.refresh(locality, manager, now);
      }
      result.put(code, team);
    }
    em.flush(); // teams before the files that refer to them
    return result;
  }

  private static String mostCommon(List<GoodRow> rows, Function<GoodRow, String> value) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    rows.stream().map(value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** {@code CF-STR-1} is in Stroud: the middle part is a locality's first letters or its initials. */
  Optional<String> localityFromCode(String code) {
    String[] parts = code.split("-");
    if (parts.length < 3) {
      return Optional.empty();
    }
    return properties.localities().stream().filter(l -> localityCode(l).equals(parts[1])).findFirst();
  }

  static String localityCode(String locality) {
    String[] words = locality.toUpperCase(Locale.ROOT).split("\\s+");
    if (words.length == 1) {
      return words[0].substring(0, Math.min(3, words[0].length()));
    }
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      initials.append(word.charAt(0));
    }
    return initials.toString();
  }

  /** "Children & Families Stroud 1" for CF-STR-1; the code itself when it does not follow the pattern. */
  private static String teamName(String code, String serviceName, String locality) {
    String[] parts = code.split("-");
    if (locality != null && parts.length == 3 && parts[2].matches("\\d+")) {
      return serviceName + " " + locality + " " + parts[2];
    }
    return code;
  }

  /** Checks rows in file order, remembering references and new teams as it goes. */
  private final class Checker {
    final RosterCsv.Parsed roster;
    final LocalDate today;
    final Map<String, OrgServiceEntity> serviceByCode;
    final Map<String, String> serviceCodeByName = new HashMap<>();
    final Map<String, TeamEntity> teamByCode;
    final Map<String, String> teamCodeByName = new HashMap<>();
    final Map<String, Integer> firstLine = new HashMap<>();
    final Map<String, NewTeam> newTeams = new LinkedHashMap<>();
    final List<GoodRow> good = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();

    Checker(RosterCsv.Parsed roster, LocalDate today, Map<String, OrgServiceEntity> serviceByCode,
        Map<String, TeamEntity> teamByCode) {
      this.roster = roster;
      this.today = today;
      this.serviceByCode = serviceByCode;
      this.teamByCode = teamByCode;
      serviceByCode.values().forEach(s -> serviceCodeByName.put(s.name().toLowerCase(Locale.ROOT), s.code()));
      teamByCode.values().forEach(t -> teamCodeByName.put(t.name().toLowerCase(Locale.ROOT), t.code()));
    }

    void check(RosterCsv.Row row) {
      String rawReference = row.get(CHILD_REFERENCE);
      List<String> problems = new ArrayList<>();
      String reference = attempt(problems, () -> RosterRowChecks.reference(rawReference));
      if (reference != null) {
        Integer first = firstLine.putIfAbsent(reference, row.line());
        if (first != null) {
          rejected.add(new RejectedRow(row.line(), rawReference, "Child reference " + reference
              + " already appears on line " + first + "; only that line is imported."));
          return;
        }
      }
      if (row.fieldCount() != roster.headerFieldCount()) {
        rejected.add(new RejectedRow(row.line(), rawReference, "The row has " + row.fieldCount()
            + " fields but the header row has " + roster.headerFieldCount()
            + " (is a value with a comma in it missing its quotes?)."));
        return;
      }
      String displayName = attempt(problems, () -> RosterRowChecks.displayName(row.get(DISPLAY_NAME)).orElse(null));
      LocalDate born = attempt(problems, () -> RosterRowChecks.date("date of birth", row.get(DATE_OF_BIRTH)));
      LegalStatus status = attempt(problems, () -> RosterRowChecks.legalStatus(row.get(LEGAL_STATUS)));
      LocalDate opened = attempt(problems, () -> RosterRowChecks.date("date opened", row.get(DATE_OPENED)));
      if (born != null && born.isAfter(today)) {
        problems.add("Date of birth " + born + " is in the future.");
      }
      if (opened != null && opened.isAfter(today)) {
        problems.add("Date opened " + opened + " is in the future.");
      }
      if (born != null && opened != null && opened.isBefore(born) && !born.isAfter(today)) {
        problems.add("Date opened " + opened + " is before the date of birth " + born + ".");
      }
      String locality = attempt(problems,
          () -> RosterRowChecks.locality(row.get(LOCALITY), properties.localities()).orElse(null));
      String worker = attempt(problems,
          () -> RosterRowChecks.username("allocated worker", row.get(ALLOCATED_WORKER)).orElse(null));
      String manager = attempt(problems,
          () -> RosterRowChecks.username("team manager", row.get(TEAM_MANAGER)).orElse(null));
      String[] teamAndService = attempt(problems, () -> teamAndService(row.get(TEAM), row.get(SERVICE)));

      if (!problems.isEmpty()) {
        rejected.add(new RejectedRow(row.line(), rawReference, String.join(" ", problems)));
        return;
      }
      String teamCode = teamAndService[0];
      String serviceCode = teamAndService[1];
      if (!teamByCode.containsKey(teamCode)) {
        newTeams.putIfAbsent(teamCode, new NewTeam(teamCode, serviceCode));
      }
      good.add(new GoodRow(row.line(), reference, displayName, born, status, serviceCode, teamCode, locality, worker,
          manager, opened));
    }

    /** The team's code and its service's code, from the team and service columns. */
    private String[] teamAndService(String rawTeam, String rawService) throws Problem {
      String serviceCode = null;
      if (!rawService.isEmpty()) {
        serviceCode = rawService.toUpperCase(Locale.ROOT);
        if (!serviceByCode.containsKey(serviceCode)) {
          serviceCode = serviceCodeByName.get(rawService.toLowerCase(Locale.ROOT));
        }
        if (serviceCode == null) {
          throw new Problem("Unknown service \"" + rawService + "\": use "
              + RosterRowChecks.oneOf(serviceByCode.keySet().stream().sorted().toList()) + ".");
        }
      }
      if (rawTeam.isEmpty()) {
        throw new Problem("Missing team.");
      }
      String code = rawTeam.toUpperCase(Locale.ROOT);
      String knownService = null;
      if (teamByCode.containsKey(code)) {
        knownService = teamByCode.get(code).serviceCode();
      } else if (newTeams.containsKey(code)) {
        knownService = newTeams.get(code).serviceCode();
      } else if (teamCodeByName.containsKey(rawTeam.toLowerCase(Locale.ROOT))) {
        code = teamCodeByName.get(rawTeam.toLowerCase(Locale.ROOT));
        knownService = teamByCode.get(code).serviceCode();
      } else if (!RosterRowChecks.TEAM_CODE.matcher(code).matches() || code.length() > 40) {
        throw new Problem("Unknown team \"" + rawTeam + "\": use a team code like CF-STR-1 or the name of a known team.");
      }
      if (knownService != null) {
        if (serviceCode != null && !serviceCode.equals(knownService)) {
          throw new Problem("Team " + code + " belongs to service " + knownService + ", not " + serviceCode + ".");
        }
        return new String[] {code, knownService};
      }
      if (serviceCode == null) {
        String prefix = code.substring(0, code.indexOf('-'));
        if (!serviceByCode.containsKey(prefix)) {
          throw new Problem("New team " + code + " needs a service: fill in the service column.");
        }
        serviceCode = prefix;
      }
      return new String[] {code, serviceCode};
    }
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
