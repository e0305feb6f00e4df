package org.practiceassurance.action.internal;

import java.time.LocalDate;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.action.RegisterFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Actions over REST, through the same checks as the screens: the register ({@code GET /api/actions},
 * paged and sorted the Spring Data way, {@code ?page=0&size=50&sort=dueDate,desc}, with the register's
 * filters as parameters), and doing and verifying actions.
 */
@RestController
@RequestMapping("/api/actions")
class ActionApi {

  private final ActionWork work;
  private final Actions actions;

  ActionApi(ActionWork work, Actions actions) {
    this.work = work;
    this.actions = actions;
  }

  /** The register as the caller may see it; an unknown sort column is a 400 problem. */
  @GetMapping
  Page<ActionSummary> register(@RequestParam(required = false) ActionStatus status,
      @RequestParam(required = false) String owner, @RequestParam(required = false) String raisedBy,
      @RequestParam(required = false) String team, @RequestParam(required = false) String service,
      @RequestParam(required = false) ActionSource source, @RequestParam(required = false) String child,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
      @RequestParam(defaultValue = "false") boolean overdue, Pageable pageable) {
    return actions.register(new RegisterFilter(status, owner, raisedBy, team, service, source, child, dueFrom, dueTo,
        overdue), pageable);
  }

  record Done(String note, String link) {}

  record Verification(String comment) {}

  record Reopening(String reason, LocalDate newDueDate) {}

  @PostMapping("/tasks/{taskId}/done")
  ResponseEntity<Void> done(@PathVariable String taskId, @RequestBody Done done) {
    work.markDone(taskId, done.note(), done.link());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/tasks/{taskId}/close")
  ResponseEntity<Void> close(@PathVariable String taskId, @RequestBody Verification verification) {
    work.close(taskId, verification.comment());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/tasks/{taskId}/reopen")
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
