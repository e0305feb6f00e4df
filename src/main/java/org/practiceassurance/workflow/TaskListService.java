package org.practiceassurance.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's work: tasks assigned to them and unclaimed tasks offered to one of their
 * roles. Every action checks, on the server, that the person may take it.
 *
 * <p>A single task is read once per call, in one engine command: the task, and only what the
 * checks need (its candidates when it is not mine, its task-local variables, its process instance
 * for a {@link WorkTask}). Claim and complete run their checks and the engine's step in that same
 * command, so the engine does not read the task again; {@link #completeAfter} runs the caller's
 * own work on what the task is about in that command too (ADR 15).
 */
@Service
public class TaskListService {

  private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
  private final java.time.Clock clock = java.time.Clock.systemUTC();

  /** Task-local variable naming the one person who may not claim or complete the task. */
  public static final String EXCLUDED_USER = "excludedUser";

  private final TaskService tasks;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentUser currentUser;
  private final CommandExecutor commands;
  private final org.practiceassurance.security.PeopleDirectory people;
  private final org.springframework.context.ApplicationEventPublisher events;
  /**
   * Process names by definition id. A deployed definition never changes (a new deployment is a new
   * id), and the engine reads its row from the database once per command; the names are few.
   */
  private final Map<String, String> processNamesById = new ConcurrentHashMap<>();

  TaskListService(TaskService tasks, RepositoryService repository, RuntimeService runtime, IdentityService identity,
      CurrentUser currentUser, ProcessEngine engine, org.practiceassurance.security.PeopleDirectory people,
      org.springframework.context.ApplicationEventPublisher events) {
    this.people = people;
    this.events = events;
    this.tasks = tasks;
    this.repository = repository;
    this.runtime = runtime;
    this.identity = identity;
    this.currentUser = currentUser;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /**
   * The candidate groups a person belongs to: each realm role, and each role narrowed to their
   * team and service ({@code team-manager:CF-STR-1}, {@code head-of-service:CF}), so a process
   * can offer a task to the managers of one team rather than to every manager in the county.
   */
  public static Set<String> candidateGroupsOf(UserIdentity user) {
    Set<String> groups = new java.util.TreeSet<>(user.roles());
    for (String role : user.roles()) {
      user.team().ifPresent(team -> groups.add(role + ":" + team));
      user.service().ifPresent(service -> groups.add(role + ":" + service));
    }
    return groups;
  }

  @Transactional
  public void claim(String taskId) {
    guarded(taskId, () -> asMe(() -> { // the task's history names who claimed it
      doClaim(taskId);
      return null;
    }));
  }

  private void doClaim(String taskId) {
    onTask(taskId, (task, me) -> {
      if (task.getAssignee() != null) {
        return task.getAssignee().equals(me.username()) ? Outcome.done(null)
            : Outcome.refused(claimedMeanwhile(task, task.getAssignee()));
      }
      if (!isOfferedTo(task, me)) {
        return Outcome.refused(new TaskAccessDeniedException("\"" + task.getName() + "\" is not offered to you or your roles."));
      }
      RuntimeException barred = barred(task, me);
      if (barred != null) {
        return Outcome.refused(barred);
      }
      try {
        tasks.claim(task.getId(), me.username());
      } catch (TaskAlreadyClaimedException e) {
        return Outcome.refused(claimedMeanwhile(task, e.getTaskAssignee()));
      }
      return Outcome.done(null);
    });
  }

  /** Hands a task I hold back to its candidates; refused when no one else could then take it. */
  @Transactional
  public void unclaim(String taskId) {
    guarded(taskId, () -> asMe(() -> {
      doUnclaim(taskId);
      return null;
    }));
  }

  private void doUnclaim(String taskId) {
    onTask(taskId, (task, me) -> {
      RuntimeException refusal = notAssignedToMe(task, me);
      if (refusal != null) {
        return Outcome.refused(refusal);
      }
      boolean hasCandidates = task.getIdentityLinks().stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
      if (!hasCandidates) {
        return Outcome.refused(new TaskAccessDeniedException("\"" + task.getName() + "\" is yours alone; it cannot be handed back."));
      }
      tasks.setAssignee(task.getId(), null);
      return Outcome.done(null);
    });
  }

  /** Completes a task I hold; the engine records me as the person who did. */
  @Transactional
  public void complete(String taskId, Map<String, Object> variables) {
    guarded(taskId, () -> {
      doComplete(taskId, variables);
      return null;
    });
  }

  private void doComplete(String taskId, Map<String, Object> variables) {
    completeAsMe(taskId, (task, signedIn) -> {
      RuntimeException refusal = notAssignedToMe(task, signedIn);
      if (refusal != null) {
        return Outcome.refused(refusal);
      }
      tasks.complete(task.getId(), variables);
      return Outcome.done(null);
    });
  }

  /**
   * Runs a step that completes a task, signed in to the engine as me (which records me as the
   * person who did it); a task someone else changed at the same moment is a clear conflict.
   */
  private void completeAsMe(String taskId, TaskStep<Void> step) {
    UserIdentity me = currentUser.get();
    identity.setAuthentication(me.username(), List.copyOf(me.roles()));
    String[] name = new String[1];
    try {
      onTask(taskId, (task, signedIn) -> {
        name[0] = task.getName();
        return step.on(task, signedIn);
      });
    } catch (OptimisticLockingException e) {
      throw new TaskConflictException("\"" + name[0] + "\" changed while you were working on it. Reload and try again.");
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Completes a task I hold after the caller's own work on what it is about, all in one engine
   * command: the task, its variables and its process instance are read once, for the checks, the
   * work and the engine's completion, rather than once per call. The task must be mine to work on
   * (held by me, or offered to me when {@code claimIfOffered}, in which case I claim it first) and
   * not barred to me; the work then sees it with one of its variables ({@code variableName}, or
   * none when null) and returns the variables to complete it with. Whatever the work throws is a
   * refusal: it reaches the caller unchanged after the command, and the task is left as it was.
   */
  @Transactional
  public void completeAfter(String taskId, String variableName, boolean claimIfOffered,
      Function<TaskWithVariable, Map<String, Object>> work) {
    completeAfter(taskId, variableName, claimIfOffered, work, () -> {});
  }

  /**
   * {@link #completeAfter(String, String, boolean, Function)}, then
   * {@code afterwards} in the same engine command once the engine has completed the task (e.g.
   * telling another process what the step decided), so that the engine writes it all at once.
   * What {@code afterwards} throws fails the command (the engine writes nothing of the step) and
   * reaches the caller; the transaction rolls back.
   */
  @Transactional
  public void completeAfter(String taskId, String variableName, boolean claimIfOffered,
      Function<TaskWithVariable, Map<String, Object>> work, Runnable afterwards) {
    guarded(taskId, () -> {
      doCompleteAfter(taskId, variableName, claimIfOffered, work, afterwards);
      return null;
    });
  }

  private void doCompleteAfter(String taskId, String variableName, boolean claimIfOffered,
      Function<TaskWithVariable, Map<String, Object>> work, Runnable afterwards) {
    completeAsMe(taskId, (task, signedIn) -> {
      // Every check before the work: held by me (or offered to me, when I may claim it now), and not barred to me.
      RuntimeException notMine = notMineToWorkOn(task, signedIn);
      if (notMine == null && !claimIfOffered) {
        notMine = notAssignedToMe(task, signedIn);
      }
      if (notMine != null) {
        return Outcome.refused(notMine);
      }
      boolean mine = signedIn.username().equals(task.getAssignee());
      Map<String, Object> variables;
      try {
        variables = work.apply(new TaskWithVariable(workTask(task), variableName == null ? null : task.getVariable(variableName)));
      } catch (RuntimeException refusal) {
        return Outcome.refused(refusal);
      }
      if (!mine) {
        try {
          tasks.claim(task.getId(), signedIn.username());
        } catch (TaskAlreadyClaimedException e) {
          return Outcome.refused(claimedMeanwhile(task, e.getTaskAssignee()));
        }
      }
      tasks.complete(task.getId(), variables);
      afterwards.run(); // a failure here fails the engine command too: the completion is not written
      return Outcome.done(null);
    });
  }

  /**
   * A task can change under us: claimed or completed by someone else at the same moment (the
   * engine's optimistic-locking failure), or completed by another transaction while we were
   * half-way through reading it (its candidates or variables then look missing). Either way the
   * caller gets a clear conflict; a task that is really still there keeps the original refusal.
   */
  private <T> T guarded(String taskId, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (TaskConflictException e) {
      throw e;
    } catch (OptimisticLockingException e) {
      throw new TaskConflictException("Someone else acted on this task at the same moment. Reload and try again.");
    } catch (RuntimeException e) {
      if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
        throw new TaskConflictException("This task has already been completed or withdrawn.");
      }
      throw e;
    }
  }

  /** What a step on one task decided: a value, or a refusal that is thrown once the engine command has ended. */
  private record Outcome<T>(T value, RuntimeException refusal) {
    static <T> Outcome<T> done(T value) {
      return new Outcome<>(value, null);
    }

    static <T> Outcome<T> refused(RuntimeException refusal) {
      return new Outcome<>(null, refusal);
    }
  }

  @FunctionalInterface
  private interface TaskStep<T> {
    Outcome<T> on(TaskEntity task, UserIdentity me);
  }

  /**
   * Runs one step on a task in one engine command: the task is read once and stays in the
   * command's cache for the engine's own step (claim, complete). Refusals are returned, not thrown,
   * inside the command, so a refused request leaves the surrounding transaction usable.
   */
  private <T> T onTask(String taskId, TaskStep<T> step) {
    UserIdentity me = currentUser.get();
    Outcome<T> outcome = commands.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task == null ? Outcome.refused(new TaskConflictException("This task has already been completed or withdrawn."))
          : step.on(task, me);
    });
    if (outcome.refusal() != null) {
      throw outcome.refusal();
    }
    return outcome.value();
  }

  private RuntimeException notAssignedToMe(TaskEntity task, UserIdentity me) {
    if (task.getAssignee() == null || !task.getAssignee().equals(me.username())) {
      return new TaskAccessDeniedException("\"" + task.getName() + "\" is not assigned to you"
          + (task.getAssignee() == null ? "; claim it first." : "; " + task.getAssignee() + " holds it."));
    }
    return barred(task, me);
  }

  /** Segregation of duties: a task may name (task-local {@value #EXCLUDED_USER}) who must not do it. */
  private static RuntimeException barred(TaskEntity task, UserIdentity me) {
    if (me.username().equals(task.getVariableLocal(EXCLUDED_USER))) {
      return new TaskAccessDeniedException("\"" + task.getName() + "\" must be done by someone other than you:"
          + " nobody checks their own work.");
    }
    return null;
  }

  private static boolean isOfferedTo(TaskEntity task, UserIdentity me) {
    Set<String> groups = candidateGroupsOf(me);
    return task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> me.username().equals(link.getUserId())
            || link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  /**
   * Puts a task I hold off until {@code day} (Europe/London): it leaves my default lists until that morning
   * and is listed under "Follow-up due" from then. Null takes the date away. Urgent work cannot be put off.
   *
   * @throws IllegalArgumentException for a day that is not after today or more than a year ahead
   */
  @Transactional
  public void followUpOn(String taskId, LocalDate day) {
    LocalDate today = LocalDate.now(clock.withZone(UK));
    if (day != null && (!day.isAfter(today) || day.isAfter(today.plusYears(1)))) {
      throw new IllegalArgumentException("Choose a follow-up date after today and at most a year ahead.");
    }
    guarded(taskId, () -> asMe(() -> onTask(taskId, (task, me) -> {
        RuntimeException refusal = notAssignedToMe(task, me);
        if (refusal != null) {
          return Outcome.refused(refusal);
        }
        if (day != null && task.getPriority() >= WorkTask.URGENT_PRIORITY) {
          return Outcome.refused(new TaskAccessDeniedException("\"" + task.getName() + "\" is urgent: it cannot be put off."));
        }
        task.setFollowUpDate(day == null ? null : Date.from(day.atStartOfDay(UK).toInstant()));
        tasks.saveTask(task); // the engine's update: recorded, and the task lists follow
        return Outcome.done(null);
      })));
  }

  /**
   * Hands a task over to {@code to}: by a team manager, head of service or quality manager, for a task
   * about the part of the organisation they manage, to a person who may hold it (one of its candidates,
   * or who holds one of the roles its process names as its holders) and is not barred from it by
   * segregation of duties. The capability the task belongs to may refuse it too ({@link TaskHandedOver}).
   * The reason, if given, is kept as a comment on the task.
   *
   * @throws IllegalArgumentException when there is no such person
   * @throws TaskAccessDeniedException for every other refusal, with the reason in words
   */
  @Transactional
  public void handOver(String taskId, String to, String reason) {
    UserIdentity me = currentUser.get();
    if (!me.hasAnyRole(org.practiceassurance.security.Roles.TEAM_MANAGER, org.practiceassurance.security.Roles.HEAD_OF_SERVICE,
        org.practiceassurance.security.Roles.QUALITY_MANAGER)) {
      throw new TaskAccessDeniedException("Only team managers, heads of service and quality managers hand work over.");
    }
    UserIdentity target = people.person(to == null ? "" : to.strip())
        .orElseThrow(() -> new IllegalArgumentException("There is no one called \"" + to + "\" who can sign in."));
    guarded(taskId, () -> asMe(() -> onTask(taskId, (task, signedIn) -> {
      WorkTask work = workTask(task);
      RuntimeException refusal = handOverRefusal(task, work, me, target);
      if (refusal != null) {
        return Outcome.refused(refusal);
      }
      try {
        events.publishEvent(new TaskHandedOver(task.getId(), task.getProcessInstanceId(), work.processDefinitionKey(),
            task.getTaskDefinitionKey(), task.getAssignee(), target.username(), me.username()));
      } catch (RuntimeException vetoed) {
        return Outcome.refused(vetoed);
      }
      tasks.setAssignee(task.getId(), target.username());
      if (reason != null && !reason.isBlank()) {
        tasks.createComment(task.getId(), task.getProcessInstanceId(),
            "Handed over to " + target.username() + ": " + reason.strip());
      }
      return Outcome.done(null);
    })));
  }

  /**
   * Who could be handed this task now: people holding one of the roles it is offered to or its holders'
   * roles, who may hold it (the rule of {@link #handOver}), not its holder, by display name.
   */
  @Transactional(readOnly = true)
  public List<UserIdentity> handOverCandidates(String taskId) {
    UserIdentity me = currentUser.get();
    Set<String> groups = new java.util.TreeSet<>();
    Set<String> users = new java.util.TreeSet<>();
    WorkTask[] work = new WorkTask[1];
    String[] holder = new String[1];
    String[] barred = new String[1];
    guarded(taskId, () -> onTask(taskId, (task, signedIn) -> {
      work[0] = workTask(task);
      if (!TaskInbox.manages(me, work[0])) {
        return Outcome.refused(new TaskAccessDeniedException("\"" + task.getName() + "\" is not in the part of the organisation you manage."));
      }
      holder[0] = task.getAssignee();
      groups.addAll(mayHold(task, work[0]));
      task.getIdentityLinks().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
          .forEach(l -> users.add(l.getUserId()));
      Object excluded = task.getVariableLocal(EXCLUDED_USER);
      barred[0] = excluded == null ? null : excluded.toString();
      return Outcome.done(null);
    }));
    Set<String> roles = new java.util.TreeSet<>();
    groups.forEach(group -> roles.add(group.contains(":") ? group.substring(0, group.indexOf(':')) : group));
    java.util.Map<String, UserIdentity> found = new java.util.TreeMap<>();
    for (String role : roles) {
      for (UserIdentity person : people.peopleWithRole(role)) {
        if (!java.util.Collections.disjoint(candidateGroupsOf(person), groups)) {
          found.put(person.username(), person);
        }
      }
    }
    users.forEach(u -> people.person(u).ifPresent(p -> found.put(p.username(), p)));
    return found.values().stream()
        .filter(p -> !p.username().equals(holder[0]) && !p.username().equals(barred[0]))
        .sorted(java.util.Comparator.comparing(UserIdentity::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Null when {@code me} may hand {@code task} to {@code target}; else why not. */
  private static RuntimeException handOverRefusal(TaskEntity task, WorkTask work, UserIdentity me, UserIdentity target) {
    String name = "\"" + task.getName() + "\"";
    if (!TaskInbox.manages(me, work)) {
      return new TaskAccessDeniedException(name + " is not in the part of the organisation you manage.");
    }
    if (target.username().equals(task.getAssignee())) {
      return new TaskAccessDeniedException(target.username() + " already holds " + name + ".");
    }
    boolean candidate = task.getIdentityLinks().stream()
        .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && target.username().equals(l.getUserId()));
    if (!candidate && java.util.Collections.disjoint(candidateGroupsOf(target), mayHold(task, work))) {
      return new TaskAccessDeniedException(target.username() + " does not hold a role that may do " + name + ".");
    }
    return handOverBarred(task, target);
  }

  private static RuntimeException handOverBarred(TaskEntity task, UserIdentity target) {
    if (target.username().equals(task.getVariableLocal(EXCLUDED_USER))) {
      return new TaskAccessDeniedException(target.username() + " must not do \"" + task.getName()
          + "\": nobody checks their own work.");
    }
    return null;
  }

  /**
   * The groups whose members may hold a task: the candidate groups it is offered to, and the holders its
   * process names (the user task's extension property {@value #HOLDERS}, e.g. {@code auditor} for a
   * rework, {@code social-worker:{team}} for an action), {@code {team}} and {@code {service}} standing for
   * what the task is about.
   */
  private static Set<String> mayHold(TaskEntity task, WorkTask work) {
    Set<String> groups = new java.util.TreeSet<>();
    task.getIdentityLinks().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .forEach(l -> groups.add(l.getGroupId()));
    org.camunda.bpm.model.bpmn.instance.UserTask element = (org.camunda.bpm.model.bpmn.instance.UserTask) task.getBpmnModelElementInstance();
    if (element != null && element.getExtensionElements() != null) {
      element.getExtensionElements().getElementsQuery()
          .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
          .flatMap(p -> p.getCamundaProperties().stream())
          .filter(p -> HOLDERS.equals(p.getCamundaName()) && p.getCamundaValue() != null)
          .flatMap(p -> java.util.Arrays.stream(p.getCamundaValue().split(",")))
          .map(String::strip)
          .filter(group -> !group.isEmpty())
          .filter(group -> !group.contains("{team}") || work.teamCode() != null)
          .filter(group -> !group.contains("{service}") || work.serviceCode() != null)
          .forEach(group -> groups.add(group.replace("{team}", String.valueOf(work.teamCode()))
              .replace("{service}", String.valueOf(work.serviceCode()))));
    }
    return groups;
  }

  /** The BPMN extension property of a user task naming, besides its candidates, who may be handed it. */
  public static final String HOLDERS = "holders";

  /**
   * A task I may look at, as the task list shows it: one I hold, one offered to me, or one about the part
   * of the organisation I manage.
   *
   * @throws TaskAccessDeniedException when it is none of those
   * @throws TaskConflictException when it has been completed or withdrawn meanwhile
   */
  @Transactional(readOnly = true)
  public WorkTask taskIMayView(String taskId) {
    return readTaskIMayView(taskId, (task, work) -> work);
  }

  /**
   * Reads a task I may look at: one I hold, one offered to me (even if segregation of duties bars me from
   * doing it), or one about the part of the organisation I manage.
   */
  <T> T readTaskIMayView(String taskId, java.util.function.BiFunction<TaskEntity, WorkTask, T> read) {
    return guarded(taskId, () -> onTask(taskId, (task, me) -> {
      WorkTask work = workTask(task);
      boolean mayView = me.username().equals(task.getAssignee()) || task.getAssignee() == null && isOfferedTo(task, me)
          || TaskInbox.manages(me, work);
      return mayView ? Outcome.done(read.apply(task, work))
          : Outcome.refused(new TaskAccessDeniedException("\"" + task.getName() + "\" is not yours to look at."));
    }));
  }

  /** Runs {@code step} signed in to the engine as me, so that what it writes (comments, history) names me. */
  <T> T asMe(java.util.function.Supplier<T> step) {
    UserIdentity me = currentUser.get();
    identity.setAuthentication(me.username(), List.copyOf(me.roles()));
    try {
      return step.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** A task I may work on now: assigned to me, or claimable by me; for forms opened by task id. */
  @Transactional(readOnly = true)
  public WorkTask myTask(String taskId) {
    return guarded(taskId, () -> doMyTask(taskId));
  }

  /**
   * {@link #myTask(String)}, with one variable as the task sees it (what the task is about, e.g.
   * {@code auditId}), read in the same engine command.
   */
  @Transactional(readOnly = true)
  public TaskWithVariable myTask(String taskId, String variableName) {
    return guarded(taskId, () -> doMyTask(taskId, task -> new TaskWithVariable(workTask(task), task.getVariable(variableName))));
  }

  private WorkTask doMyTask(String taskId) {
    return doMyTask(taskId, this::workTask);
  }

  private <T> T doMyTask(String taskId, Function<TaskEntity, T> read) {
    return onTask(taskId, (task, me) -> {
      RuntimeException notMine = notMineToWorkOn(task, me);
      return notMine != null ? Outcome.refused(notMine) : Outcome.done(read.apply(task));
    });
  }

  private static TaskConflictException claimedMeanwhile(TaskEntity task, String assignee) {
    return new TaskConflictException("\"" + task.getName() + "\" was claimed by " + assignee + " a moment ago.");
  }

  /** Null when the task is held by me, or unclaimed and offered to me, and not barred to me; else the refusal. */
  private static RuntimeException notMineToWorkOn(TaskEntity task, UserIdentity me) {
    boolean mine = me.username().equals(task.getAssignee());
    if (!mine && (task.getAssignee() != null || !isOfferedTo(task, me))) {
      return new TaskAccessDeniedException("\"" + task.getName() + "\" is not yours to work on.");
    }
    return barred(task, me);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static java.time.Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }

  /** The task as a list shows it, from the task, its process instance and the process's name. */
  private WorkTask workTask(TaskEntity task) {
    task.initializeFormKey();
    String definitionId = task.getProcessDefinitionId();
    String processName = "";
    String businessKey = null;
    String team = null;
    if (definitionId != null) {
      processName = processNamesById.computeIfAbsent(definitionId, id -> {
        ProcessDefinition definition = Context.getProcessEngineConfiguration()
            .getDeploymentCache().findDeployedProcessDefinitionById(id);
        return definition.getName() != null ? definition.getName() : definition.getKey();
      });
    }
    String child = null;
    String service = null;
    ExecutionEntity instance = task.getProcessInstance();
    if (instance != null) {
      businessKey = instance.getBusinessKey();
      team = text(task.getVariable("teamCode"));
      child = text(task.getVariable("childReference"));
      service = text(task.getVariable("serviceCode"));
    }
    String formKey = task.getFormKey();
    return new WorkTask(task.getId(), WorkTask.listedName(task.getName(), task.getTaskDefinitionKey(), task.getId()),
        processName,
        definitionId == null ? "" : definitionId.split(":")[0], businessKey,
        task.getCreateTime().toInstant(), instant(task.getDueDate()), task.getAssignee(),
        formKey != null && formKey.startsWith(WorkTask.ROUTE_FORM_KEY)
            ? formKey.substring(WorkTask.ROUTE_FORM_KEY.length()) + "/" + task.getId() : null,
        team, child, service, task.getPriority(), instant(task.getFollowUpDate()));
  }
}
