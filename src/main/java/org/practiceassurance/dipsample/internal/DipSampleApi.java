package org.practiceassurance.dipsample.internal;

import java.time.LocalDate;
import org.practiceassurance.dipsample.DipSampleFilter;
import org.practiceassurance.dipsample.DipSampleStatus;
import org.practiceassurance.dipsample.DipSampleSummary;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.dipsample.InvalidDipSample;
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
 * The dip samples a person may follow, over REST with the same rule as the screen: {@code
 * GET /api/dip-samples} paged and sorted the Spring Data way ({@code ?page=0&size=50&sort=dueDate}),
 * with the list's filters as parameters.
 */
@RestController
@RequestMapping("/api/dip-samples")
class DipSampleApi {

  private final DipSamples dipSamples;

  DipSampleApi(DipSamples dipSamples) {
    this.dipSamples = dipSamples;
  }

  @GetMapping
  Page<DipSampleSummary> visible(@RequestParam(required = false) String title,
      @RequestParam(required = false) String theme, @RequestParam(required = false) DipSampleStatus status,
      @RequestParam(required = false) String lead, @RequestParam(required = false) String child,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
      Pageable pageable) {
    return dipSamples.visible(new DipSampleFilter(title, theme, status, lead, child, dueFrom, dueTo), pageable);
  }

  @RestControllerAdvice(assignableTypes = DipSampleApi.class)
  static class Problems {
    @ExceptionHandler(InvalidDipSample.class)
    ProblemDetail invalid(InvalidDipSample e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Not accepted");
      problem.setProperty("errors", e.errors());
      return problem;
    }
  }
}
