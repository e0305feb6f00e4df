package org.practiceassurance.action.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.practiceassurance.action.ActionClosed;
import org.practiceassurance.action.ActionDetails;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskConflictException;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on an action, each step checked on the server: the owner records progress and
 * evidence and marks it done; someone other than the owner (the raiser, the team's managers, the
 * service's head) closes or reopens it; the head of service records how an overdue action was
 * chased. Task steps go through {@link TaskListService} (only the assignee completes; the owner is
 * barred from verifying); the domain rows and the engine commit in one transaction.
 */
@Service
public class ActionWork {

  /** The form routes of the action process's user tasks (BPMN form keys {@code route:...}). */
  public static final String CARRY_OUT_ROUTE = "actions/carry-out";
  public static final String VERIFY_ROUTE = "actions/verify";
  public static final String CHASE_ROUTE = "actions/chase";
  /** The verification task's id in the action process. */
  private static final String VERIFY_TASK = "verify-action";

  private final TaskListService taskList;
  private final TaskService engineTasks;
  private final RuntimeService runtime;
  private final ActionRepository repository;
  private final EntityManager entityManager;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  ActionWork(TaskListService taskList, TaskService engineTasks, RuntimeService runtime, ActionRepository repository,
      EntityManager entityManager, CurrentUser currentUser, ApplicationEventPublisher events) {
    this.taskList = taskList;
    this.engineTasks = engineTasks;
    this.runtime = runtime;
    this.repository = repository;
    this.entityManager = entityManager;
    this.currentUser = currentUser;
    this.events = events;
  }

  // ---- reading, for the forms ----

  /** The action behind my carry-out task. */
  @Transactional(readOnly = true)
  public ActionDetails carryOut(String taskId) {
    Step step = step(taskId, CARRY_OUT_ROUTE);
    requireOwner(step.action());
    return details(step);
  }

  /** The action behind a verification task offered to me or held by me; never to its owner. */
  @Transactional(readOnly = true)
  public ActionDetails verification(String taskId) {
    Step step = toldIfOwner(taskId, () -> step(taskId, VERIFY_ROUTE));
    refuseOwner(step.action());
    return details(step);
  }

  /** The action behind an overdue-chase task offered to me or held by me. */
  @Transactional(readOnly = true)
  public ActionDetails chase(String taskId) {
    return details(step(taskId, CHASE_ROUTE));
  }

  // ---- the owner ----

  /**
   * Records a progress note or evidence, any time while the action is with its owner.
   *
   * @param link optional http(s) address of evidence kept elsewhere
   */
  @Transactional
  public void addProgress(String actionId, String text, String link) {
    ActionEntity action = repository.findById(actionId)
        .orElseThrow(() -> new InvalidActionException("action", "There is no action " + actionId + "."));
    requireOwner(action);
    Map<String, String> errors = new LinkedHashMap<>();
    String note = note(errors, text, link);
    if (!errors.isEmpty()) {
      throw new InvalidActionException(errors);
    }
    requireWithOwner(action);
    conflictOnStaleWrite(action.id(), () -> {
      entityManager.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      action.recordProgress(note, trimToNull(link), me(), clock.instant());
      repository.flush();
    });
  }

  /**
   * Marks the action done and hands it to verification. A final note typed with it is recorded
   * first; without any progress recorded since it was raised or reopened it is refused.
   */
  @Transactional
  public void markDone(String taskId, String finalNote, String link) {
    completeAfter(taskId, CARRY_OUT_ROUTE, false, action -> {
      markDone(action, finalNote, link);
      return Map.of();
    });
  }

  private void markDone(ActionEntity action, String finalNote, String link) {
    requireOwner(action);
    requireWithOwner(action);
    Map<String, String> errors = new LinkedHashMap<>();
    boolean hasFinalNote = finalNote != null && !finalNote.isBlank() || link != null && !link.isBlank();
    String note = hasFinalNote ? note(errors, finalNote, link) : null;
    if (!hasFinalNote && !action.hasProgressSinceLastOpened()) {
      errors.put("text", "Record what was done (a progress note or evidence) before marking it done.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidActionException(errors);
    }
    conflictOnStaleWrite(action.id(), () -> {
      if (hasFinalNote) {
        action.recordProgress(note, trimToNull(link), me(), clock.instant());
      }
      action.markDone(me(), clock.instant());
      repository.flush();
    });
  }

  // ---- the verifier ----

  /**
   * Verifies and closes the action (claiming the task if it is still unclaimed) and publishes
   * {@link ActionClosed} inside this transaction, once its process has moved on.
   *
   * @param comment optional: what the verifier checked
   */
  @Transactional
  public void close(String taskId, String comment) {
    toldIfOwner(taskId, () -> completeAfter(taskId, VERIFY_ROUTE, true, action -> {
      refuseOwner(action);
      if (comment != null && comment.trim().length() > 4000) {
        throw new InvalidActionException("comment", "At most 4000 characters.");
      }
      conflictOnStaleWrite(action.id(), () -> {
        action.close(trimToNull(comment), me(), clock.instant());
        repository.flush();
      });
      return Map.of("verified", true);
    }, closed -> events.publishEvent(new ActionClosed(closed.id(), closed.source(), closed.sourceId()))));
  }

  /** Sends the action back to its owner with a reason and a new due date (today or later). */
  @Transactional
  public void reopen(String taskId, String reason, LocalDate newDueDate) {
    Map<String, String> errors = new LinkedHashMap<>();
    required(errors, "reason", reason, 2000, "Say why the action is reopened: what is still missing.");
    if (newDueDate == null) {
      errors.put("dueDate", "A new due date is required.");
    } else if (newDueDate.isBefore(ActionDates.today())) {
      errors.put("dueDate", "The new due date must be today or later.");
    }
    toldIfOwner(taskId, () -> completeAfter(taskId, VERIFY_ROUTE, true, action -> {
      refuseOwner(action);
      if (!errors.isEmpty()) {
        throw new InvalidActionException(errors);
      }
      conflictOnStaleWrite(action.id(), () -> {
        action.reopen(reason.trim(), newDueDate, me(), clock.instant());
        repository.flush();
      });
      Map<String, Object> variables = new HashMap<>();
      variables.put("verified", false);
      variables.put("dueDate", ActionDates.due(newDueDate));
      variables.put("reminderDate", ActionDates.reminder(newDueDate, clock.instant()));
      return variables;
    }));
  }

  // ---- the head of service ----

  /** Records how an overdue action was chased and ends the chase task (claiming it if needed). */
  @Transactional
  public void recordChase(String taskId, String note) {
    Map<String, String> errors = new LinkedHashMap<>();
    required(errors, "text", note, 4000, "Say what was found out and agreed with the owner.");
    completeAfter(taskId, CHASE_ROUTE, true, action -> {
      if (!errors.isEmpty()) {
        throw new InvalidActionException(errors);
      }
      conflictOnStaleWrite(action.id(), () -> {
        entityManager.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        action.recordChase(note.trim(), me(), clock.instant());
        repository.flush();
      });
      return Map.of();
    });
  }

  // ---- checks ----

  private record Step(WorkTask task, ActionEntity action) {}

  /** My task (held by me or offered to me) of the given form, and the action it is about. */
  private Step step(String taskId, String formRoute) {
    WorkTask task = onTask(taskId, () -> null, () -> taskList.myTask(taskId));
    return new Step(task, actionOf(task, formRoute));
  }

  /** The action a task of the given form is about; refused for a task of another form. */
  private ActionEntity actionOf(WorkTask task, String formRoute) {
    if (!Actions.PROCESS_KEY.equals(task.processDefinitionKey()) || task.formRoute() == null
        || !task.formRoute().startsWith(formRoute + "/")) {
      throw new TaskAccessDeniedException("\"" + task.name() + "\" is not a task this form can work on.");
    }
    return repository.findById(task.businessKey()).orElseThrow(() ->
        new IllegalStateException("Task " + task.id() + " is about action " + task.businessKey() + ", which is not stored"));
  }

  /**
   * Completes my task of the given form (claiming it first when it is offered to me and
   * {@code claimIfOffered}) after the work on its action, in one engine command.
   */
  private void completeAfter(String taskId, String formRoute, boolean claimIfOffered,
      Function<ActionEntity, Map<String, Object>> work) {
    completeAfter(taskId, formRoute, claimIfOffered, work, action -> {});
  }

  /** ... and then, in the same engine command, {@code afterwards} with the action. */
  private void completeAfter(String taskId, String formRoute, boolean claimIfOffered,
      Function<ActionEntity, Map<String, Object>> work,
      Consumer<ActionEntity> afterwards) {
    ActionEntity[] action = new ActionEntity[1];
    onTask(taskId, () -> action[0] == null ? null : action[0].id(), () -> {
      taskList.completeAfter(taskId, null, claimIfOffered, mine -> {
        action[0] = actionOf(mine.task(), formRoute);
        return work.apply(action[0]);
      }, () -> afterwards.accept(action[0]));
      return null;
    });
  }

  private void requireOwner(ActionEntity action) {
    if (!action.owner().equals(me())) {
      throw new AccessDeniedException("Only the owner of action " + action.id() + " (" + action.owner()
          + ") records its progress and marks it done.");
    }
  }

  /** Segregation of duties, checked here as well as by the task list: nobody verifies their own action. */
  private void refuseOwner(ActionEntity action) {
    if (action.owner().equals(me())) {
      throw ownerMayNotVerify(action);
    }
  }

  private static TaskAccessDeniedException ownerMayNotVerify(ActionEntity action) {
    return new TaskAccessDeniedException("You own action " + action.id() + ", and the owner of an action cannot verify"
        + " it: someone other than you must check and close it. Nobody checks their own work.");
  }

  /**
   * The task list refuses a verification task to its action's owner before our own check can run,
   * saying only that it is not theirs to work on (the owner is rarely among its candidates): the
   * owner is told why instead. Looked up only once refused.
   */
  private void toldIfOwner(String taskId, Runnable call) {
    toldIfOwner(taskId, () -> {
      call.run();
      return null;
    });
  }

  private <T> T toldIfOwner(String taskId, Supplier<T> call) {
    try {
      return call.get();
    } catch (TaskAccessDeniedException refused) {
      Task task = engineTasks.createTaskQuery().taskId(taskId).processDefinitionKey(Actions.PROCESS_KEY)
          .taskDefinitionKey(VERIFY_TASK).singleResult();
      ProcessInstance instance = task == null ? null
          : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
      ActionEntity action = instance == null || instance.getBusinessKey() == null ? null
          : repository.findById(instance.getBusinessKey()).orElse(null);
      if (action != null && action.owner().equals(me())) {
        throw ownerMayNotVerify(action);
      }
      throw refused;
    }
  }

  private void requireWithOwner(ActionEntity action) {
    if (!action.status().isWithOwner()) {
      throw new TaskConflictException("Action " + action.id() + " is no longer open (it is "
          + action.status().name().toLowerCase().replace('_', ' ') + "). Reload to see where it stands.");
    }
  }

  /**
   * Calls the task list, turning the ways a task can change under us into a clear conflict: the
   * engine's optimistic-locking failure (someone claimed or completed it at the same moment), and a
   * task completed by another transaction while the task list was half-way through reading it (it
   * reads the task, then its candidates and variables: the task list then says "not offered to
   * you", or Camunda 7 throws a NullPointerException reading the variables of an execution that
   * has just gone). A task that is really still there keeps the original refusal or failure.
   */
  private <T> T onTask(String taskId, Supplier<String> actionId, Supplier<T> call) {
    try {
      return call.get();
    } catch (TaskConflictException e) {
      throw e;
    } catch (OptimisticLockingException e) {
      throw conflict(actionId.get());
    } catch (RuntimeException e) {
      try {
        taskList.myTask(taskId);
      } catch (TaskConflictException gone) {
        throw actionId.get() == null ? gone : conflict(actionId.get());
      } catch (RuntimeException stillThere) {
        // the task is still there: the original refusal or failure stands
      }
      throw e;
    }
  }

  private static void conflictOnStaleWrite(String actionId, Runnable write) {
    try {
      write.run();
    } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
      throw conflict(actionId);
    }
  }

  private static TaskConflictException conflict(String actionId) {
    return new TaskConflictException("Someone else acted on action " + actionId
        + " at the same moment. Your input is kept: reload to see where it stands, then try again.");
  }

  private String me() {
    return currentUser.get().username();
  }

  private ActionDetails details(Step step) {
    return new ActionDetails(step.action().summary(), step.action().history(), step.task().id());
  }

  /** Validates a note and its optional link; returns the trimmed note text. */
  private static String note(Map<String, String> errors, String text, String link) {
    required(errors, "text", text, 4000, "Write what was done, or describe the evidence.");
    String address = trimToNull(link);
    if (address != null) {
      if (address.length() > 1000) {
        errors.put("link", "A link is at most 1000 characters.");
      } else if (!isWebAddress(address)) {
        errors.put("link", "A link must be a web address starting with https:// or http://.");
      }
    }
    return text == null ? null : text.trim();
  }

  private static boolean isWebAddress(String address) {
    try {
      URI uri = new URI(address);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void required(Map<String, String> errors, String field, String value, int max, String missing) {
    if (value == null || value.isBlank()) {
      errors.put(field, missing);
    } else if (value.trim().length() > max) {
      errors.put(field, "At most " + max + " characters (" + value.trim().length() + " given).");
    }
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
