package org.practiceassurance.concern;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The urgent "acknowledge child at risk" tasks: each carries the register entry it is about ({@code concernId}). */
@Service
public class ConcernTasks {

  private final TaskListService taskList;
  private final TaskService tasks;
  private final ConcernRegister register;

  ConcernTasks(TaskListService taskList, TaskService tasks, ConcernRegister register) {
    this.taskList = taskList;
    this.tasks = tasks;
    this.register = register;
  }

  @Transactional(readOnly = true)
  public ConcernEntry concernOf(String taskId) {
    taskList.myTask(taskId);
    return register.visibleEntry(concernId(taskId))
        .orElseThrow(() -> new org.practiceassurance.workflow.TaskAccessDeniedException("This concern is not in your scope."));
  }

  /** Acknowledges the concern on the register and completes the task, in one transaction. */
  @Transactional
  public void acknowledge(String taskId) {
    WorkTask task = taskList.myTask(taskId);
    if (task.assignee() == null) {
      taskList.claim(taskId);
    }
    register.acknowledge(concernId(taskId));
    taskList.complete(taskId, Map.of());
  }

  private long concernId(String taskId) {
    Object id = tasks.getVariable(taskId, "concernId");
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("Task " + taskId + " carries no concern");
    }
    return number.longValue();
  }
}
