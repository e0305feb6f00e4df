package org.practiceassurance.action;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.action.internal.ActionDates;
import org.practiceassurance.action.internal.ActionEntity;
import org.practiceassurance.action.internal.ActionFactory;
import org.practiceassurance.action.internal.ActionRegisterQuery;
import org.practiceassurance.action.internal.ActionRepository;
import org.practiceassurance.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions until closure, for every source: audits, dip samples and surgeries raise them here, and
 * each becomes its own {@code action} process (owner carries it out, reminder, overdue escalation to
 * the head of service, someone other than the owner verifies and closes or reopens it).
 */
@Service
public class Actions {

  /** The BPMN process every action runs. */
  public static final String PROCESS_KEY = "action";
  /** A child's reference in the case management system: letters, digits and dashes. */
  static final Pattern CHILD_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");

  private final ActionRepository repository;
  private final ActionFactory factory;
  private final ActionRegisterQuery registerQuery;
  private final RuntimeService runtime;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  Actions(ActionRepository repository, ActionFactory factory, ActionRegisterQuery registerQuery,
      RuntimeService runtime, CurrentUser currentUser) {
    this.repository = repository;
    this.factory = factory;
    this.registerQuery = registerQuery;
    this.runtime = runtime;
    this.currentUser = currentUser;
  }

  /**
   * Stores the action and starts its process (business key: the action's id). Not limited to a
   * role: the raising module has already decided that {@code raisedBy} may raise it, and this is
   * not exposed to the UI or the REST API directly.
   *
   * @return the action's readable id, e.g. {@code A-000123}
   * @throws InvalidActionException naming every field at fault; nothing is stored or started
   */
  @Transactional
  public String raise(ActionRequest request) {
    Map<String, String> errors = validate(request);
    if (!errors.isEmpty()) {
      throw new InvalidActionException(errors);
    }
    // The process is started first and the action stored after it, already knowing its process:
    // one insert, no update (both are in this transaction, so neither outlives a failure of the other).
    ActionEntity action = factory.create(request, clock.instant());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("actionId", action.id());
    variables.put("description", request.description().trim());
    variables.put("owner", action.owner());
    variables.put("raisedBy", action.raisedBy());
    variables.put("serviceCode", action.serviceCode());
    variables.put("teamCode", action.teamCode());
    variables.put("childReference", action.childReference());
    variables.put("dueDate", ActionDates.due(action.dueDate()));
    variables.put("reminderDate", ActionDates.reminder(action.dueDate(), clock.instant()));
    factory.started(action, runtime.startProcessInstanceByKey(PROCESS_KEY, action.id(), variables).getId());
    repository.save(action);
    return action.id();
  }

  /** Every action one source raised (e.g. one audit's), oldest first. */
  @Transactional(readOnly = true)
  public List<ActionSummary> bySource(String source, String sourceId) {
    return repository.findBySourceAndSourceIdOrderById(source, sourceId).stream().map(ActionEntity::summary).toList();
  }

  /** Every action raised by any of these sources (e.g. a scope's earlier surgeries), oldest first. */
  @Transactional(readOnly = true)
  public List<ActionSummary> bySourceIds(String source, java.util.Collection<String> sourceIds) {
    return sourceIds.isEmpty() ? List.of() : repository.findBySourceAndSourceIdInOrderById(source, sourceIds).stream()
        .map(ActionEntity::summary).toList();
  }

  /** Every action raised by sources whose id starts with the prefix (e.g. one dip sample's files), oldest first. */
  @Transactional(readOnly = true)
  public List<ActionSummary> bySourcePrefix(String source, String sourceIdPrefix) {
    return repository.findBySourceAndSourceIdStartingWithOrderById(source, sourceIdPrefix).stream()
        .map(ActionEntity::summary).toList();
  }

  /** True when every action this source raised is closed (also when it raised none). */
  @Transactional(readOnly = true)
  public boolean allClosed(String source, String sourceId) {
    return openCount(source, sourceId) == 0;
  }

  /** How many of the actions this source raised are not closed. */
  @Transactional(readOnly = true)
  public long openCount(String source, String sourceId) {
    return repository.countNotInStatus(source, sourceId, ActionStatus.CLOSED);
  }

  /**
   * One page of the actions register as the signed-in person may see it (quality managers,
   * directors and administrators: all; a head of service: their service; a team manager: their
   * team; everyone: what they own or raised), filtered and sorted in the database (soonest due
   * first unless the page says otherwise; sortable by {@link ActionRegisterQuery#SORTABLE}), with how
   * many actions match in all.
   *
   * @throws InvalidActionException for an unknown sort column or a due-date range that ends before it starts
   */
  @Transactional(readOnly = true)
  public Page<ActionSummary> register(RegisterFilter filter, Pageable pageable) {
    return PageableExecutionUtils.getPage(registerRows(filter, pageable), pageable, () -> registerCount(filter));
  }

  /** The rows of one page of {@link #register} without counting them all (a lazy grid counts once, with {@link #registerCount}). */
  @Transactional(readOnly = true)
  public List<ActionSummary> registerRows(RegisterFilter filter, Pageable pageable) {
    check(filter);
    return registerQuery.rows(ActionRegisterQuery.visibleTo(currentUser.get()), filter, ActionDates.today(), pageable);
  }

  /** How many actions {@link #register} lists in all. */
  @Transactional(readOnly = true)
  public long registerCount(RegisterFilter filter) {
    check(filter);
    return registerQuery.count(ActionRegisterQuery.visibleTo(currentUser.get()), filter, ActionDates.today());
  }

  /**
   * A page of these actions (e.g. the surgery actions a head of service is accountable for), filtered
   * and sorted as the register is. No role check: the calling module has decided that the person may
   * see them.
   */
  @Transactional(readOnly = true)
  public List<ActionSummary> amongRows(Collection<String> actionIds, RegisterFilter filter, Pageable pageable) {
    check(filter);
    return registerQuery.rows(ActionRegisterQuery.among(actionIds), filter, ActionDates.today(), pageable);
  }

  /** How many of these actions match the filter. */
  @Transactional(readOnly = true)
  public long amongCount(Collection<String> actionIds, RegisterFilter filter) {
    check(filter);
    return registerQuery.count(ActionRegisterQuery.among(actionIds), filter, ActionDates.today());
  }

  private static void check(RegisterFilter filter) {
    if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueTo().isBefore(filter.dueFrom())) {
      throw new InvalidActionException("dueTo", "The end of the due-date range is before its start.");
    }
  }

  private static Map<String, String> validate(ActionRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (request == null) {
      errors.put("request", "No action was given.");
      return errors;
    }
    if (request.source() == null || java.util.Arrays.stream(ActionSource.values())
        .noneMatch(s -> s.name().equals(request.source()))) {
      errors.put("source", "The source must be one of AUDIT, DIP_SAMPLE or SURGERY.");
    }
    required(errors, "sourceId", request.sourceId(), 100, "What raised the action (its id) is required.");
    if (request.childReference() != null && !request.childReference().isBlank()
        && !CHILD_REFERENCE.matcher(request.childReference().trim()).matches()) {
      errors.put("childReference", "A child reference is 2 to 40 letters, digits or dashes.");
    }
    required(errors, "description", request.description(), 2000, "Describe what must be done.");
    required(errors, "owner", request.owner(), 100, "Every action needs an owner.");
    required(errors, "raisedBy", request.raisedBy(), 100, "Who raised the action is required.");
    required(errors, "serviceCode", request.serviceCode(), 40, "The service is required.");
    if (request.teamCode() != null && request.teamCode().trim().length() > 40) {
      errors.put("teamCode", "A team code is at most 40 characters.");
    }
    if (request.dueDate() == null) {
      errors.put("dueDate", "A due date is required.");
    } else if (request.dueDate().isBefore(ActionDates.today())) {
      errors.put("dueDate", "The due date must be today or later.");
    }
    return errors;
  }

  static void required(Map<String, String> errors, String field, String value, int max, String missing) {
    if (value == null || value.isBlank()) {
      errors.put(field, missing);
    } else if (value.trim().length() > max) {
      errors.put(field, "At most " + max + " characters (" + value.trim().length() + " given).");
    }
  }
}
