package org.practiceassurance.surgery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practiceassurance.action.ActionRequest;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.Priority;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.RaiseConcern;
import org.practiceassurance.dipsample.DipSampleRequest;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.surgery.internal.ActionReviewEntity;
import org.practiceassurance.surgery.internal.ActionReviewRepository;
import org.practiceassurance.surgery.internal.DipSampleAskEntity;
import org.practiceassurance.surgery.internal.DipSampleAskRepository;
import org.practiceassurance.surgery.internal.PackBuilder;
import org.practiceassurance.surgery.internal.PackPdf;
import org.practiceassurance.surgery.internal.Surgery;
import org.practiceassurance.surgery.internal.SurgeryActionEntity;
import org.practiceassurance.surgery.internal.SurgeryActionRepository;
import org.practiceassurance.surgery.internal.SurgeryLedger;
import org.practiceassurance.surgery.internal.SurgeryListQuery;
import org.practiceassurance.surgery.internal.SurgeryRepository;
import org.practiceassurance.surgery.internal.SurgeryStarter;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance surgeries as people work on them. Who sees what: quality managers, directors and
 * administrators every surgery; a head of service their service's. Only the lead prepares and holds
 * a surgery, and only while its task is open.
 */
@Service
public class Surgeries {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final String PREPARE = "prepare-surgery";
  static final String HOLD = "hold-surgery";

  private final SurgeryRepository surgeries;
  private final SurgeryListQuery listQuery;
  private final SurgeryActionRepository logged;
  private final ActionReviewRepository reviews;
  private final DipSampleAskRepository dipSampleAsks;
  private final SurgeryLedger ledger;
  private final SurgeryStarter starter;
  private final PackBuilder packs;
  private final PackPdf pdf;
  private final Actions actions;
  private final ConcernRegister concerns;
  private final DipSamples dipSamples;
  private final Indicators indicators;
  private final CaseFiles caseFiles;
  private final PeopleDirectory people;
  private final TaskListService taskList;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final CurrentUser currentUser;

  Surgeries(SurgeryRepository surgeries, SurgeryListQuery listQuery, SurgeryActionRepository logged, ActionReviewRepository reviews,
      DipSampleAskRepository dipSampleAsks, SurgeryLedger ledger, SurgeryStarter starter, PackBuilder packs, PackPdf pdf,
      Actions actions, ConcernRegister concerns, DipSamples dipSamples, Indicators indicators, CaseFiles caseFiles,
      PeopleDirectory people, TaskListService taskList, TaskService tasks, RuntimeService runtime,
      CurrentUser currentUser) {
    this.surgeries = surgeries;
    this.listQuery = listQuery;
    this.logged = logged;
    this.reviews = reviews;
    this.dipSampleAsks = dipSampleAsks;
    this.ledger = ledger;
    this.starter = starter;
    this.packs = packs;
    this.pdf = pdf;
    this.actions = actions;
    this.concerns = concerns;
    this.dipSamples = dipSamples;
    this.indicators = indicators;
    this.caseFiles = caseFiles;
    this.people = people;
    this.taskList = taskList;
    this.tasks = tasks;
    this.runtime = runtime;
    this.currentUser = currentUser;
  }

  /**
   * One page of the surgeries this person may see (quality managers, directors and administrators:
   * all; a head of service: their service's; a lead: the ones they lead), filtered and sorted in the
   * database (latest first unless the page says otherwise; sortable by {@link
   * SurgeryListQuery#SORTABLE}), with how many match in all.
   *
   * @throws InvalidSurgery for an unknown sort column or a date range that ends before it starts
   */
  @Transactional(readOnly = true)
  public Page<SurgerySummary> visible(SurgeryFilter filter, Pageable pageable) {
    return PageableExecutionUtils.getPage(visibleRows(filter, pageable), pageable, () -> visibleCount(filter));
  }

  /** The rows of one page of {@link #visible} without counting them all (a lazy grid counts once, with {@link #visibleCount}). */
  @Transactional(readOnly = true)
  public List<SurgerySummary> visibleRows(SurgeryFilter filter, Pageable pageable) {
    check(filter);
    return listQuery.rows(currentUser.get(), filter, pageable);
  }

  /** How many surgeries {@link #visible} lists in all. */
  @Transactional(readOnly = true)
  public long visibleCount(SurgeryFilter filter) {
    check(filter);
    return listQuery.count(currentUser.get(), filter);
  }

  private static void check(SurgeryFilter filter) {
    if (filter.dateFrom() != null && filter.dateTo() != null && filter.dateTo().isBefore(filter.dateFrom())) {
      throw new InvalidSurgery("dateTo", "The end of the date range is before its start.");
    }
  }

  @Transactional(readOnly = true)
  public SurgeryDetails details(long surgeryId) {
    UserIdentity me = currentUser.get();
    Surgery s = seen(me, surgeryId);
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(SurgeryStarter.businessKey(surgeryId))
        .taskAssignee(me.username()).list();
    String prepare = open.stream().filter(t -> PREPARE.equals(t.getTaskDefinitionKey())).map(Task::getId).findFirst().orElse(null);
    String hold = open.stream().filter(t -> HOLD.equals(t.getTaskDefinitionKey())).map(Task::getId).findFirst().orElse(null);
    return new SurgeryDetails(s.summary(), s.attendees(), s.notes(), ledger.carried(s), ledger.log(surgeryId),
        concerns.fromSource(ActionSource.SURGERY.name(), String.valueOf(surgeryId)),
        dipSampleAsks.findBySurgeryIdOrderById(surgeryId).stream().map(DipSampleAskEntity::toAsk).toList(), prepare, hold);
  }

  /** The preparation pack, as the screen shows it. */
  @Transactional(readOnly = true)
  public SurgeryPack pack(long surgeryId) {
    return packs.build(seen(currentUser.get(), surgeryId));
  }

  /** The preparation pack as a PDF. */
  @Transactional(readOnly = true)
  public byte[] packPdf(long surgeryId) {
    return pdf.render(pack(surgeryId));
  }

  /**
   * An ad-hoc surgery led by the signed-in person: a head of service for one of their service's teams
   * (or the service itself), a director for any team or service.
   *
   * @param scopeCode a team code (team level) or a service code (service level)
   */
  @Transactional
  public long scheduleAdHoc(SurgeryLevel level, String scopeCode, LocalDate dueDate) {
    UserIdentity me = currentUser.get();
    Map<String, String> errors = new LinkedHashMap<>();
    String serviceCode = null;
    String teamCode = null;
    if (level == null) {
      errors.put("level", "Choose a team or a service surgery.");
    } else if (level == SurgeryLevel.TEAM) {
      Team team = caseFiles.team(scopeCode).orElse(null);
      if (team == null) {
        errors.put("scope", "There is no team " + scopeCode + ".");
      } else {
        teamCode = team.code();
        serviceCode = team.serviceCode();
      }
    } else {
      serviceCode = caseFiles.services().stream().filter(s -> s.code().equalsIgnoreCase(String.valueOf(scopeCode).trim()))
          .map(org.practiceassurance.casefile.OrgService::code).findFirst().orElse(null);
      if (serviceCode == null) {
        errors.put("scope", "There is no service " + scopeCode + ".");
      }
    }
    if (dueDate == null || dueDate.isBefore(LocalDate.now(UK))) {
      errors.put("dueDate", "The surgery's date must be today or later.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidSurgery(errors);
    }
    boolean mayLead = me.hasRole(Roles.DIRECTOR)
        || me.hasRole(Roles.HEAD_OF_SERVICE) && me.service().filter(serviceCode::equals).isPresent();
    String scope = teamCode != null ? "Team " + teamCode : "Service " + serviceCode;
    if (!mayLead) {
      throw new AccessDeniedException("Only a director, or the head of service " + serviceCode
          + ", can call a surgery for " + scope.toLowerCase(Locale.ROOT).charAt(0) + scope.substring(1) + ".");
    }
    // One surgery per scope and day (the database refuses a second team surgery): say so before trying.
    InvalidSurgery taken = new InvalidSurgery("dueDate", scope + " already has a surgery on "
        + dueDate.format(DAY) + ". Choose another date, or open that surgery from the list.");
    boolean exists = teamCode != null
        ? surgeries.existsByLevelAndServiceCodeAndTeamCodeAndDueDate(level, serviceCode, teamCode, dueDate)
        : surgeries.existsByLevelAndServiceCodeAndTeamCodeIsNullAndDueDate(level, serviceCode, dueDate);
    if (exists) {
      throw taken;
    }
    try {
      return starter.start(level, serviceCode, teamCode, me.username(), dueDate, true).id();
    } catch (DataIntegrityViolationException e) { // called by someone else a moment ago
      throw taken;
    }
  }

  /** The lead has read the pack and knows who attends; the surgery can be held. */
  @Transactional
  public void prepare(String taskId, String attendees) {
    Surgery s = surgeryOfTask(taskId, PREPARE);
    if (attendees == null || attendees.isBlank()) {
      throw new InvalidSurgery("attendees", "List who will attend.");
    }
    if (attendees.trim().length() > 2000) {
      throw new InvalidSurgery("attendees", "At most 2000 characters.");
    }
    s.prepared(attendees.trim(), starter.now());
    surgeries.saveAndFlush(s);
    taskList.complete(taskId, Map.of());
  }

  /** Reviews an earlier surgery's open action: resolved (only once it is done), or carried forward with a reason. */
  @Transactional
  public void reviewCarried(long surgeryId, String actionId, ReviewOutcome outcome, String reason) {
    Surgery s = holding(surgeryId);
    CarriedAction carried = ledger.carried(s).stream().filter(c -> c.logged().action().id().equals(actionId)).findFirst()
        .orElseThrow(() -> new InvalidSurgery("action", actionId + " is not an open action of an earlier surgery of this scope."));
    Map<String, String> errors = new LinkedHashMap<>();
    if (outcome == null) {
      errors.put("outcome", "Resolved or carried forward?");
    } else if (outcome == ReviewOutcome.CARRIED_FORWARD && (reason == null || reason.isBlank())) {
      errors.put("reason", "Say why " + actionId + " is carried forward.");
    } else if (outcome == ReviewOutcome.RESOLVED && carried.logged().action().status() != ActionStatus.DONE_AWAITING_VERIFICATION
        && carried.logged().action().status() != ActionStatus.CLOSED) {
      errors.put("outcome", actionId + " is not done yet (" + carried.logged().action().status().name().toLowerCase()
          + "): carry it forward with a reason.");
    }
    if (reason != null && reason.trim().length() > 2000) {
      errors.put("reason", "At most 2000 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidSurgery(errors);
    }
    ActionReviewEntity review = reviews.findById(new ActionReviewEntity.Key(surgeryId, actionId))
        .orElseGet(() -> new ActionReviewEntity(surgeryId, actionId));
    review.decide(outcome, reason == null || reason.isBlank() ? null : reason.trim(), currentUser.get().username(),
        starter.now());
    reviews.save(review);
  }

  /** A note on one indicator, made in the meeting (blank removes it). */
  @Transactional
  public void note(long surgeryId, String indicatorCode, String note) {
    Surgery s = holding(surgeryId);
    if (indicators.indicator(indicatorCode).isEmpty()) {
      throw new InvalidSurgery("indicator", "There is no indicator " + indicatorCode + ".");
    }
    if (note != null && note.trim().length() > 4000) {
      throw new InvalidSurgery("note", "At most 4000 characters.");
    }
    s.note(indicatorCode, note);
    surgeries.save(s);
  }

  /** Adds an action to the log: it starts at once in the action process, with its accountable head of service. */
  @Transactional
  public String logAction(long surgeryId, LogActionRequest request) {
    Surgery s = holding(surgeryId);
    Map<String, String> errors = new LinkedHashMap<>();
    String accountable = request.accountableHeadOfService() == null ? "" : request.accountableHeadOfService().trim();
    if (accountable.isEmpty()) {
      errors.put("accountableHeadOfService", "Every surgery action has an accountable head of service.");
    } else if (!people.withRole(Roles.HEAD_OF_SERVICE).contains(accountable)) {
      errors.put("accountableHeadOfService", accountable + " is not a head of service.");
    }
    String child = request.childReference() == null || request.childReference().isBlank() ? null
        : request.childReference().trim().toUpperCase(java.util.Locale.ROOT);
    String teamCode = s.teamCode();
    if (child != null) {
      CaseFile file = caseFiles.find(child).orElse(null);
      if (file == null) {
        errors.put("childReference", child + " is not on the roster.");
      } else if (!file.serviceCode().equals(s.serviceCode()) || s.teamCode() != null && !file.teamCode().equals(s.teamCode())) {
        errors.put("childReference", child + " is not in " + s.summary().scope() + ".");
      } else {
        teamCode = file.teamCode();
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSurgery(errors);
    }
    String actionId;
    try {
      actionId = actions.raise(new ActionRequest(ActionSource.SURGERY.name(), String.valueOf(surgeryId), child,
          request.description(), request.owner(), currentUser.get().username(), s.serviceCode(), teamCode,
          request.dueDate(), request.priority() == null ? Priority.MEDIUM : request.priority()));
    } catch (org.practiceassurance.action.InvalidActionException e) {
      throw new InvalidSurgery(e.errors());
    }
    logged.save(new SurgeryActionEntity(actionId, surgeryId, accountable, child));
    return actionId;
  }

  /** A child found at risk in the surgery goes onto the Cases of Concern register at once. */
  @Transactional
  public long escalate(long surgeryId, String childReference, String reason) {
    Surgery s = holding(surgeryId);
    CaseFile file = caseFiles.find(childReference).orElseThrow(
        () -> new InvalidSurgery("childReference", childReference + " is not on the roster."));
    if (!file.serviceCode().equals(s.serviceCode())) {
      throw new InvalidSurgery("childReference", file.childReference() + " is not in " + s.summary().scope() + ".");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidSurgery("reason", "Say why the child is at risk.");
    }
    return concerns.raise(new RaiseConcern(file.childReference(), reason.trim(), ActionSource.SURGERY.name(),
        String.valueOf(surgeryId), file.serviceCode(), file.teamCode(), file.teamManager()));
  }

  /** Asks for a dip sample on a theme over this surgery's scope (the dip-sample process takes it from there). */
  @Transactional
  public void requestDipSample(long surgeryId, String themeCode, Integer sampleSize, String reason) {
    Surgery s = holding(surgeryId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidSurgery("dipSampleReason", "Say what the dip sample should find out.");
    }
    try {
      dipSamples.request(new DipSampleRequest(themeCode, null, s.serviceCode(), s.teamCode(), null, null, sampleSize,
          currentUser.get().username(), reason.trim(), "SURGERY:" + surgeryId));
    } catch (org.practiceassurance.dipsample.InvalidDipSample e) {
      throw new InvalidSurgery(e.errors());
    }
    dipSampleAsks.save(new DipSampleAskEntity(surgeryId, themeCode.trim(), reason.trim(), currentUser.get().username(),
        starter.now()));
  }

  /** Ends the meeting: every earlier open action must have been reviewed. */
  @Transactional
  public void close(String taskId) {
    Surgery s = surgeryOfTask(taskId, HOLD);
    List<String> unreviewed = ledger.carried(s).stream().filter(c -> !c.reviewed()).map(c -> c.logged().action().id()).toList();
    if (!unreviewed.isEmpty()) {
      throw new InvalidSurgery("carried", "Review every open action from earlier surgeries first: "
          + String.join(", ", unreviewed) + ".");
    }
    s.held(starter.now());
    surgeries.saveAndFlush(s);
    taskList.complete(taskId, Map.of());
  }

  /**
   * One page of the surgery actions this person is accountable for (as a head of service), with their
   * live state, filtered and sorted as the actions register is (soonest due first), with how many
   * match in all.
   */
  @Transactional(readOnly = true)
  public Page<AccountableAction> accountableActions(RegisterFilter filter, Pageable pageable) {
    return PageableExecutionUtils.getPage(accountableActionRows(filter, pageable), pageable,
        () -> accountableActionCount(filter));
  }

  /**
   * The rows of one page of {@link #accountableActions} without counting them all; each done action
   * comes with its open "verify and close" task (two engine queries for the page, none per row).
   */
  @Transactional(readOnly = true)
  public List<AccountableAction> accountableActionRows(RegisterFilter filter, Pageable pageable) {
    List<ActionSummary> rows = actions.amongRows(logged.actionIdsAccountableTo(currentUser.get().username()), filter,
        pageable);
    String[] done = rows.stream().filter(a -> a.status() == ActionStatus.DONE_AWAITING_VERIFICATION)
        .map(ActionSummary::id).toArray(String[]::new);
    Map<String, String> verifyTasks = new HashMap<>();
    if (done.length > 0) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(done).taskDefinitionKey("verify-action")
          .list();
      if (!open.isEmpty()) {
        Map<String, String> actionOfProcess = new HashMap<>();
        runtime.createProcessInstanceQuery()
            .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
            .forEach(p -> actionOfProcess.put(p.getId(), p.getBusinessKey()));
        open.forEach(t -> verifyTasks.put(actionOfProcess.get(t.getProcessInstanceId()), t.getId()));
      }
    }
    return rows.stream().map(a -> new AccountableAction(Long.parseLong(a.sourceId()), a, verifyTasks.get(a.id())))
        .toList();
  }

  /** How many surgery actions {@link #accountableActions} lists in all. */
  @Transactional(readOnly = true)
  public long accountableActionCount(RegisterFilter filter) {
    return actions.amongCount(logged.actionIdsAccountableTo(currentUser.get().username()), filter);
  }

  /** Heads of service, for the "accountable" choice. */
  public List<String> headsOfService() {
    return people.withRole(Roles.HEAD_OF_SERVICE).stream().sorted().toList();
  }

  private Surgery holding(long surgeryId) {
    UserIdentity me = currentUser.get();
    Surgery s = surgeries.findById(surgeryId).orElseThrow(() -> new NoSuchElementException("No surgery " + surgeryId));
    boolean open = tasks.createTaskQuery().processInstanceBusinessKey(SurgeryStarter.businessKey(surgeryId))
        .taskDefinitionKey(HOLD).taskAssignee(me.username()).count() > 0;
    if (!open) {
      throw new TaskAccessDeniedException(s.lead().equals(me.username())
          ? "This surgery is not being held now." : "Only the surgery's lead, " + s.lead() + ", records it.");
    }
    return s;
  }

  private Surgery surgeryOfTask(String taskId, String definitionKey) {
    var task = taskList.myTask(taskId);
    Task engineTask = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (engineTask == null || !definitionKey.equals(engineTask.getTaskDefinitionKey()) || task.businessKey() == null
        || !task.businessKey().startsWith("SG-")) {
      throw new InvalidSurgery("task", "This task is not a surgery's " + (definitionKey.equals(PREPARE) ? "preparation." : "meeting."));
    }
    if (!currentUser.get().username().equals(task.assignee())) {
      throw new TaskAccessDeniedException("This surgery is led by " + task.assignee() + ".");
    }
    long id = Long.parseLong(task.businessKey().substring(3));
    return surgeries.findById(id).orElseThrow(() -> new NoSuchElementException("No surgery " + id));
  }

  /** The surgery behind a prepare or hold task (for the forms). */
  @Transactional(readOnly = true)
  public long surgeryOf(String taskId) {
    var task = taskList.myTask(taskId);
    if (task.businessKey() == null || !task.businessKey().startsWith("SG-")) {
      throw new InvalidSurgery("task", "This task is not a surgery's.");
    }
    return Long.parseLong(task.businessKey().substring(3));
  }

  private Surgery seen(UserIdentity me, long surgeryId) {
    Surgery s = surgeries.findById(surgeryId).orElseThrow(() -> new NoSuchElementException("No surgery " + surgeryId));
    if (!maySee(me, s)) {
      throw new AccessDeniedException("This surgery is for " + s.summary().scope() + ", which is not yours to see.");
    }
    return s;
  }

  static boolean maySee(UserIdentity me, Surgery s) {
    return OrganisationScope.seesWholeCounty(me) || me.username().equals(s.lead())
        || me.hasRole(Roles.HEAD_OF_SERVICE) && me.service().filter(s.serviceCode()::equals).isPresent();
  }
}
