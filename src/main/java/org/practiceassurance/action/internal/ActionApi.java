package org.practiceassurance.action.internal;

import java.time.LocalDate;
import org.practiceassurance.action.InvalidActionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Doing and verifying actions over REST, through the same checks as the screens. */
@RestController
@RequestMapping("/api/actions/tasks")
class ActionApi {

  private final ActionWork work;

  ActionApi(ActionWork work) {
    this.work = work;
  }

  record Done(String note, String link) {}

  record Verification(String comment) {}

  record Reopening(String reason, LocalDate newDueDate) {}

  @PostMapping("/{taskId}/done")
  ResponseEntity<Void> done(@PathVariable String taskId, @RequestBody Done done) {
    work.markDone(taskId, done.note(), done.link());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/close")
  ResponseEntity<Void> close(@PathVariable String taskId, @RequestBody Verification verification) {
    work.close(taskId, verification.comment());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/reopen")
  ResponseEntity<Void> reopen(@PathVariable String taskId, @RequestBody Reopening reopening) {
    work.reopen(taskId, reopening.reason(), reopening.newDueDate());
    return ResponseEntity.noContent().build();
  }

  @RestControllerAdvice(assignableTypes = ActionApi.class)
  static class Problems {
    @ExceptionHandler(InvalidActionException.class)
    ProblemDetail invalid(InvalidActionException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Not accepted");
      problem.setProperty("errors", e.errors());
      return problem;
    }
  }
}
