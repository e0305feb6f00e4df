package org.practiceassurance.surgery.internal;

import java.util.List;
import java.util.NoSuchElementException;
import org.practiceassurance.surgery.Surgeries;
import org.practiceassurance.surgery.SurgerySummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Surgeries over REST, with the same scope checks as the screens: the list, and a surgery's pack as PDF. */
@RestController
@RequestMapping("/api/surgeries")
class SurgeryApi {

  private final Surgeries surgeries;

  SurgeryApi(Surgeries surgeries) {
    this.surgeries = surgeries;
  }

  @GetMapping
  List<SurgerySummary> visible() {
    return surgeries.visible();
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
  }
}
