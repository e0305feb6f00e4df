package org.practiceassurance.workflow;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on the tasks of a case (the engine's own task comments, kept in its history with the case): who
 * wrote what and when, on which task. Whoever may look at a task reads every comment of its case,
 * across the case's processes (e.g. the moderator's comment reaches the auditor who reworks the audit).
 */
@Service
public class TaskComments {

  public static final int MAX_LENGTH = 2000;

  private final TaskListService taskList;
  private final TaskService tasks;
  private final HistoryService history;

  TaskComments(TaskListService taskList, TaskService tasks, HistoryService history) {
    this.taskList = taskList;
    this.tasks = tasks;
    this.history = history;
  }

  /**
   * Adds my comment to a task I may look at.
   *
   * @throws IllegalArgumentException for an empty comment or one over {@value #MAX_LENGTH} characters
   */
  @Transactional
  public void add(String taskId, String text) {
    String comment = text == null ? "" : text.strip();
    if (comment.isEmpty()) {
      throw new IllegalArgumentException("Write the comment first.");
    }
    if (comment.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A comment is at most " + MAX_LENGTH + " characters (this one has "
          + comment.length() + ").");
    }
    String instance = taskList.readTaskIMayView(taskId, (task, work) -> task.getProcessInstanceId());
    taskList.asMe(() -> tasks.createComment(taskId, instance, comment));
  }

  /** Every comment on the tasks of this task's case, oldest first. */
  @Transactional(readOnly = true)
  public List<TaskComment> ofCase(String taskId) {
    String instance = taskList.readTaskIMayView(taskId, (task, work) -> task.getProcessInstanceId());
    return ofCaseOf(instance);
  }

  List<TaskComment> ofCaseOf(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    String root = instance == null || instance.getRootProcessInstanceId() == null ? processInstanceId : instance.getRootProcessInstanceId();
    List<HistoricTaskInstance> caseTasks = history.createHistoricTaskInstanceQuery().rootProcessInstanceId(root).list();
    java.util.Map<String, String> taskNames = new java.util.HashMap<>();
    caseTasks.forEach(t -> taskNames.put(t.getId(), t.getName()));
    java.util.Set<String> instances = new java.util.LinkedHashSet<>();
    instances.add(processInstanceId);
    caseTasks.forEach(t -> instances.add(t.getProcessInstanceId()));
    return instances.stream().flatMap(id -> tasks.getProcessInstanceComments(id).stream())
        .map(c -> new TaskComment(c.getUserId(), c.getTime().toInstant(), c.getFullMessage(), taskNames.get(c.getTaskId())))
        .sorted(Comparator.comparing(TaskComment::at))
        .toList();
  }
}
