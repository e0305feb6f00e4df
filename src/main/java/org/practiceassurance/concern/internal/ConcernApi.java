package org.practiceassurance.concern.internal;

import java.time.LocalDate;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernFilter;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.ConcernStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Cases of Concern register over REST, with the same rule as the screen: {@code GET /api/concerns}
 * paged and sorted the Spring Data way ({@code ?page=0&size=50&sort=raisedAt,desc}), with the
 * register's filters as parameters.
 */
@RestController
@RequestMapping("/api/concerns")
class ConcernApi {

  private final ConcernRegister register;

  ConcernApi(ConcernRegister register) {
    this.register = register;
  }

  @GetMapping
  Page<ConcernEntry> register(@RequestParam(required = false) ConcernStatus status,
      @RequestParam(required = false) String child, @RequestParam(required = false) String team,
      @RequestParam(required = false) String service, @RequestParam(required = false) String person,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate raisedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate raisedTo,
      Pageable pageable) {
    return register.visible(new ConcernFilter(status, child, team, service, person, raisedFrom, raisedTo), pageable);
  }

  @RestControllerAdvice(assignableTypes = ConcernApi.class)
  static class Problems {
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Not accepted");
      return problem;
    }
  }
}
