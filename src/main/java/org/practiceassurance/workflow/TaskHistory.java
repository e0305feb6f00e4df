package org.practiceassurance.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to the tasks of a case, by whom and when, from the engine's history: each task's
 * creation, every change of holder (assigned by the process, claimed, handed back, handed over by a
 * manager) and its completion.
 */
@Service
public class TaskHistory {

  private final TaskListService taskList;
  private final HistoryService history;

  TaskHistory(TaskListService taskList, HistoryService history) {
    this.taskList = taskList;
    this.history = history;
  }

  /** The history of every task of this task's case, oldest first. */
  @Transactional(readOnly = true)
  public List<TaskEvent> ofCase(String taskId) {
    String instance = taskList.readTaskIMayView(taskId, (task, work) -> task.getProcessInstanceId());
    return ofCaseOf(instance);
  }

  /** The history of a case's tasks, for callers that checked the person may see the case. */
  public List<TaskEvent> ofCaseOf(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    String root = instance == null || instance.getRootProcessInstanceId() == null ? processInstanceId : instance.getRootProcessInstanceId();
    List<TaskEvent> events = new ArrayList<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().rootProcessInstanceId(root).list()) {
      Instant created = task.getStartTime().toInstant();
      events.add(new TaskEvent(created, TaskEvent.Kind.CREATED, task.getName(), null, null));
      // People's changes of holder are in the operation log, with who did them.
      List<UserOperationLogEntry> changes = history.createUserOperationLogQuery().taskId(task.getId())
          .property("assignee").list().stream()
          .filter(e -> HOLDER_CHANGES.contains(e.getOperationType())).toList();
      for (UserOperationLogEntry change : changes) {
        events.add(holderChange(task, change, created));
      }
      // The process's own assignments (e.g. to the auditor chosen for an audit) are holder changes nobody made.
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .type(IdentityLinkType.ASSIGNEE).operationType("add").list()) {
        boolean someoneDidIt = changes.stream().anyMatch(c -> link.getUserId().equals(c.getNewValue())
            && Math.abs(c.getTimestamp().getTime() - link.getTime().getTime()) < 1000);
        if (!someoneDidIt) {
          events.add(new TaskEvent(later(link.getTime().toInstant(), created), TaskEvent.Kind.ASSIGNED, task.getName(),
              null, link.getUserId()));
        }
      }
      if (task.getEndTime() != null) {
        boolean completed = "completed".equals(task.getDeleteReason());
        events.add(new TaskEvent(task.getEndTime().toInstant(), completed ? TaskEvent.Kind.COMPLETED : TaskEvent.Kind.WITHDRAWN,
            task.getName(), completed ? task.getAssignee() : null, null));
      }
    }
    events.sort(Comparator.comparing(TaskEvent::at)); // stable: a task's creation stays before what happened at that instant
    return events;
  }

  private static final Set<String> HOLDER_CHANGES = Set.of(UserOperationLogEntry.OPERATION_TYPE_CLAIM,
      UserOperationLogEntry.OPERATION_TYPE_ASSIGN);

  private static Instant later(Instant a, Instant b) {
    return a.isBefore(b) ? b : a;
  }

  /** A person's change of holder in words: claimed, handed back (to nobody), or handed over by someone else. */
  private static TaskEvent holderChange(HistoricTaskInstance task, UserOperationLogEntry change, Instant created) {
    String by = change.getUserId();
    String to = change.getNewValue();
    TaskEvent.Kind kind = to == null ? TaskEvent.Kind.UNCLAIMED : to.equals(by) ? TaskEvent.Kind.CLAIMED : TaskEvent.Kind.HANDED_OVER;
    return new TaskEvent(later(change.getTimestamp().toInstant(), created), kind, task.getName(), by, to == null ? by : to);
  }
}
