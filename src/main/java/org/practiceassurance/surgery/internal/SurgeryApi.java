package org.practiceassurance.surgery.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.surgery.AccountableAction;
import org.practiceassurance.surgery.InvalidSurgery;
import org.practiceassurance.surgery.Surgeries;
import org.practiceassurance.surgery.SurgeryFilter;
import org.practiceassurance.surgery.SurgeryLevel;
import org.practiceassurance.surgery.SurgeryStatus;
import org.practiceassurance.surgery.SurgerySummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * Surgeries over REST, with the same scope checks as the screens: the list ({@code GET /api/surgeries},
 * paged and sorted the Spring Data way, {@code ?page=0&size=50&sort=dueDate,desc}), the surgery actions
 * the caller is accountable for, calling an ad-hoc surgery, and a surgery's pack as PDF.
 */
@RestController
@RequestMapping("/api/surgeries")
class SurgeryApi {

  private final Surgeries surgeries;

  SurgeryApi(Surgeries surgeries) {
    this.surgeries = surgeries;
  }

  /** An ad-hoc surgery: {@code scope} is a team code (level TEAM) or a service code (level SERVICE). */
  record AdHoc(SurgeryLevel level, String scope, LocalDate date) {}

  @GetMapping
  Page<SurgerySummary> visible(@RequestParam(required = false) SurgeryLevel level,
      @RequestParam(required = false) String scope, @RequestParam(required = false) SurgeryStatus status,
      @RequestParam(required = false) String lead, @RequestParam(required = false) Boolean adHoc,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Pageable pageable) {
    return surgeries.visible(new SurgeryFilter(level, scope, status, lead, adHoc, from, to), pageable);
  }

  /** The surgery actions the caller is accountable for, filtered like the actions register. */
  @GetMapping("/accountable-actions")
  Page<AccountableAction> accountable(@RequestParam(required = false) ActionStatus status,
      @RequestParam(required = false) String owner, @RequestParam(required = false) String child,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
      @RequestParam(defaultValue = "false") boolean overdue, Pageable pageable) {
    return surgeries.accountableActions(new RegisterFilter(status, owner, null, null, null, null, child, dueFrom, dueTo,
        overdue), pageable);
  }

  /** Calls an ad-hoc surgery led by the caller: 201 with its summary; a scope that already has one that day is a 400 problem. */
  @PostMapping
  ResponseEntity<SurgerySummary> call(@RequestBody AdHoc adHoc) {
    long id = surgeries.scheduleAdHoc(adHoc.level(), adHoc.scope(), adHoc.date());
    return ResponseEntity.created(URI.create("/api/surgeries/" + id)).body(surgeries.details(id).summary());
  }

  @GetMapping(value = "/{id}/pack.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pack(@PathVariable long id) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"surgery-" + id + "-pack.pdf\"")
        .contentType(MediaType.APPLICATION_PDF).body(surgeries.packPdf(id));
  }

  @RestControllerAdvice(assignableTypes = SurgeryApi.class)
  static class Problems {
    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail missing(NoSuchElementException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
      problem.setTitle("Not found");
      return problem;
    }

    @ExceptionHandler(InvalidSurgery.class)
    ProblemDetail invalid(InvalidSurgery e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Not accepted");
      problem.setProperty("errors", e.errors());
      return problem;
    }

    /** The accountable actions are filtered and sorted by the action module's rules. */
    @ExceptionHandler(InvalidActionException.class)
    ProblemDetail invalid(InvalidActionException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Not accepted");
      problem.setProperty("errors", e.errors());
      return problem;
    }
  }
}
