package org.practiceassurance.workflow.internal;

import java.util.List;
import org.practiceassurance.workflow.TaskConflictException;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The task list over REST: the same service, the same checks, as the screens. */
@RestController
@RequestMapping("/api/tasks")
class TaskApi {

  private final TaskListService taskList;

  TaskApi(TaskListService taskList) {
    this.taskList = taskList;
  }

  @GetMapping
  List<WorkTask> myTasks() {
    return taskList.myTasks();
  }

  @PostMapping("/{taskId}/claim")
  ResponseEntity<Void> claim(@PathVariable String taskId) {
    taskList.claim(taskId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/unclaim")
  ResponseEntity<Void> unclaim(@PathVariable String taskId) {
    taskList.unclaim(taskId);
    return ResponseEntity.noContent().build();
  }

  /** Someone else acted first: 409, and the caller keeps their input. */
  @RestControllerAdvice
  static class Problems {
    @ExceptionHandler(TaskConflictException.class)
    ProblemDetail conflict(TaskConflictException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
      problem.setTitle("Someone else acted on this task first");
      return problem;
    }
  }
}
