package org.practiceassurance.insight.internal;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import org.practiceassurance.insight.QaReportSummary;
import org.practiceassurance.insight.QaReports;
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

/**
 * The monthly QA reports over REST, through {@link QaReports} and its checks: {@code GET
 * /api/qa-reports} (the months, their versions and draft), {@code GET
 * /api/qa-reports/{month}/versions/{n}.html} and {@code .pdf} (a published version), {@code GET
 * /api/qa-reports/{month}/draft.html} and {@code .pdf} (the draft's preview). Months are {@code
 * YYYY-MM}; errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/qa-reports")
class QaReportApi {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final QaReports reports;

  QaReportApi(QaReports reports) {
    this.reports = reports;
  }

  @GetMapping
  List<QaReportSummary> list() {
    return reports.list();
  }

  @GetMapping("/{month}/versions/{version}.html")
  ResponseEntity<String> versionHtml(@PathVariable String month, @PathVariable String version) {
    YearMonth m = month(month);
    return ResponseEntity.ok().contentType(HTML).body(reports.html(m, version(m, version)));
  }

  @GetMapping("/{month}/versions/{version}.pdf")
  ResponseEntity<byte[]> versionPdf(@PathVariable String month, @PathVariable String version) {
    YearMonth m = month(month);
    int n = version(m, version);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"qa-report-" + m + "-v" + n + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF).body(reports.pdf(m, n));
  }

  @GetMapping("/{month}/draft.html")
  ResponseEntity<String> draftHtml(@PathVariable String month) {
    return ResponseEntity.ok().contentType(HTML).body(reports.draftHtml(month(month)));
  }

  @GetMapping("/{month}/draft.pdf")
  ResponseEntity<byte[]> draftPdf(@PathVariable String month) {
    YearMonth m = month(month);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"qa-report-" + m + "-draft.pdf\"")
        .contentType(MediaType.APPLICATION_PDF).body(reports.draftPdf(m));
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadMonth("\"" + text + "\" is not a month: write it as YYYY-MM, e.g. 2017-03.");
    }
  }

  /** A version number that is not one (0, -1, "two") names no version: 404, like one never published. */
  private static int version(YearMonth month, String text) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw new NoSuchElementException("There is no version " + text + " of the QA report for " + month + ".");
  }

  static class BadMonth extends RuntimeException {
    BadMonth(String message) {
      super(message);
    }
  }

  @RestControllerAdvice(assignableTypes = QaReportApi.class)
  static class Problems {

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail missing(NoSuchElementException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
      problem.setTitle("Not found");
      return problem;
    }

    @ExceptionHandler({BadMonth.class, IllegalArgumentException.class})
    ProblemDetail badRequest(RuntimeException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Bad request");
      return problem;
    }
  }
}
