package org.practiceassurance.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.practiceassurance.audit.internal.AuditRepository;
import org.practiceassurance.audit.internal.Programme;
import org.practiceassurance.audit.internal.ProgrammeRepository;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly audit programme. Files are drawn at random per team by rule (reproducibly: the draw
 * is seeded by the month); auditors are shared out so that the one with fewest audits in the
 * programme takes the next file, and nobody audits a team they manage. A quality manager reviews,
 * reassigns and launches it; launching starts one case-file audit per file.
 */
@Service
public class AuditProgrammes {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private final ProgrammeRepository programmes;
  private final AuditRepository audits;
  private final CaseFiles caseFiles;
  private final CaseFileAudits caseFileAudits;
  private final PeopleDirectory people;
  private final CurrentUser currentUser;
  private final org.camunda.bpm.engine.TaskService tasks;
  private final Clock clock = Clock.systemUTC();

  AuditProgrammes(ProgrammeRepository programmes, AuditRepository audits, CaseFiles caseFiles,
      CaseFileAudits caseFileAudits, PeopleDirectory people, CurrentUser currentUser,
      org.camunda.bpm.engine.TaskService tasks) {
    this.tasks = tasks;
    this.programmes = programmes;
    this.audits = audits;
    this.caseFiles = caseFiles;
    this.caseFileAudits = caseFileAudits;
    this.people = people;
    this.currentUser = currentUser;
  }

  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional
  public ProgrammeDraft draft(YearMonth month, LocalDate dueDate, ProgrammeRules rules) {
    return draftAs(currentUser.get().username(), month, dueDate, rules);
  }

  /** Without the role check: the monthly timer drafts as the system. */
  @Transactional
  public ProgrammeDraft draftAs(String createdBy, YearMonth month, LocalDate dueDate, ProgrammeRules rules) {
    if (rules.filesPerTeam() < 1 || rules.filesPerTeam() > 50) {
      throw new CaseFileAudits.InvalidAuditRequest("filesPerTeam", "Choose between 1 and 50 files per team.");
    }
    if (dueDate == null || dueDate.isBefore(LocalDate.now(UK))) {
      throw new CaseFileAudits.InvalidAuditRequest("dueDate", "The due date must be today or later.");
    }
    List<String> auditors = people.withRole(Roles.AUDITOR).stream().sorted().toList();
    if (auditors.isEmpty()) {
      throw new CaseFileAudits.InvalidAuditRequest("auditors", "There are no auditors to share the files between.");
    }
    Map<String, Team> teams = caseFiles.teams().stream().collect(Collectors.toMap(Team::code, t -> t));
    // Left out: files audited recently, and children with an open audit (one audit of a child at a time).
    Set<String> recentlyAudited = new java.util.HashSet<>(audits.childReferencesAuditedSince(
        LocalDate.now(UK).minusMonths(rules.notAuditedForMonths()).atStartOfDay(UK).toInstant()));
    recentlyAudited.addAll(audits.childReferencesWithOpenAudits());
    Map<String, List<CaseFile>> byTeam = new LinkedHashMap<>();
    caseFiles.openFiles(rules.teamCodes().isEmpty() ? teams.keySet() : rules.teamCodes(),
            rules.legalStatuses().isEmpty() ? List.of(org.practiceassurance.casefile.LegalStatus.values()) : rules.legalStatuses())
        .stream().filter(f -> !recentlyAudited.contains(f.childReference()))
        .sorted(Comparator.comparing(CaseFile::childReference))
        .forEach(f -> byTeam.computeIfAbsent(f.teamCode(), k -> new ArrayList<>()).add(f));

    Random draw = new Random(month.hashCode());
    Programme programme = new Programme(month.toString(), dueDate, rules.describe(), createdBy, clock.instant());
    Map<String, Integer> load = new HashMap<>();
    auditors.forEach(a -> load.put(a, 0));
    List<CaseFile> chosen = new ArrayList<>();
    for (var entry : new java.util.TreeMap<>(byTeam).entrySet()) {
      List<CaseFile> files = new ArrayList<>(entry.getValue());
      java.util.Collections.shuffle(files, draw);
      chosen.addAll(files.subList(0, Math.min(rules.filesPerTeam(), files.size())));
    }
    // Most constrained files first (fewest auditors who may take them), each to the least-loaded eligible auditor.
    Map<CaseFile, List<String>> eligible = new LinkedHashMap<>();
    chosen.forEach(f -> eligible.put(f, auditors.stream().filter(a -> !manages(a, f, teams.get(f.teamCode()))).toList()));
    chosen.sort(Comparator.comparing((CaseFile f) -> eligible.get(f).size()).thenComparing(CaseFile::teamCode)
        .thenComparing(CaseFile::childReference));
    for (CaseFile file : chosen) {
      eligible.get(file).stream()
          .min(Comparator.<String, Integer>comparing(load::get).thenComparing(Comparator.naturalOrder()))
          .ifPresent(auditor -> {
            load.merge(auditor, 1, Integer::sum);
            programme.add(new Programme.Item(file.childReference(), file.teamCode(), auditor));
          });
    }
    return toDraft(programmes.save(programme));
  }

  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional
  public ProgrammeDraft reassign(long programmeId, int index, String auditor) {
    Programme programme = draftProgramme(programmeId);
    Programme.Item item = programme.items().get(index);
    if (!people.withRole(Roles.AUDITOR).contains(auditor)) {
      throw new CaseFileAudits.InvalidAuditRequest("auditor", auditor + " is not an auditor.");
    }
    CaseFile file = caseFiles.find(item.childReference()).orElseThrow();
    if (manages(auditor, file, caseFiles.team(file.teamCode()).orElse(null))) {
      throw new CaseFileAudits.InvalidAuditRequest("auditor", auditor + " manages team " + file.teamCode()
          + " and cannot audit its files.");
    }
    programme.reassign(index, auditor);
    return toDraft(programme);
  }

  /** Starts one case-file audit per file, assigned to its auditor. */
  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional
  public ProgrammeDraft launch(long programmeId) {
    Programme programme = draftProgramme(programmeId);
    for (int i = 0; i < programme.items().size(); i++) {
      Programme.Item item = programme.items().get(i);
      CaseFile file = caseFiles.find(item.childReference()).orElseThrow();
      programme.itemLaunched(i, caseFileAudits.start(file, item.auditor(), programme.dueDate()));
    }
    programme.launched(currentUser.get().username(), clock.instant());
    // The monthly review task, if this programme came from the timer, is done.
    tasks.createTaskQuery().taskDefinitionKey("review-programme").processVariableValueEquals("programmeId", programmeId)
        .list().forEach(t -> tasks.complete(t.getId()));
    return toDraft(programme);
  }

  /** The programme a monthly review task is about. */
  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional(readOnly = true)
  public java.util.Optional<ProgrammeDraft> programmeOfTask(String taskId) {
    Object id = tasks.getVariable(taskId, "programmeId");
    return id instanceof Number n ? programmes.findById(n.longValue()).map(AuditProgrammes::toDraft) : java.util.Optional.empty();
  }

  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional(readOnly = true)
  public List<ProgrammeDraft> programmes() {
    return programmes.findAllByOrderByCreatedAtDesc().stream().map(AuditProgrammes::toDraft).toList();
  }

  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional(readOnly = true)
  public ProgrammeDraft programme(long id) {
    return toDraft(programmes.findById(id).orElseThrow());
  }

  /** Nobody audits a team they manage. */
  static boolean manages(String auditor, CaseFile file, Team team) {
    return auditor.equals(file.teamManager()) || team != null && auditor.equals(team.managerUsername());
  }

  private Programme draftProgramme(long id) {
    Programme programme = programmes.findById(id).orElseThrow();
    if (programme.status() != Programme.Status.DRAFT) {
      throw new CaseFileAudits.InvalidAuditRequest("programme", "This programme has already been launched.");
    }
    return programme;
  }

  private static ProgrammeDraft toDraft(Programme p) {
    List<ProgrammeDraft.Item> items = new ArrayList<>();
    for (int i = 0; i < p.items().size(); i++) {
      Programme.Item item = p.items().get(i);
      items.add(new ProgrammeDraft.Item(i, item.childReference(), item.teamCode(), item.auditor(), item.auditId()));
    }
    return new ProgrammeDraft(p.id(), p.month(), p.status().name(), p.dueDate(), p.rules(), items);
  }
}
