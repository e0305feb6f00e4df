package org.practiceassurance.indicator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.ExceptionFilter;
import org.practiceassurance.indicator.Indicator;
import org.practiceassurance.indicator.IndicatorFileRejected;
import org.practiceassurance.indicator.IndicatorImportReport;
import org.practiceassurance.indicator.IndicatorSeries;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.indicator.ScopeLevel;
import org.practiceassurance.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Performance indicators over REST: {@code GET /api/indicators} (the catalogue, anyone signed in);
 * {@code POST /api/indicators/values} and {@code POST /api/indicators/exceptions} with the CSV as the
 * body ({@code text/csv}) or as the multipart field {@code file} (quality managers and
 * administrators); {@code GET /api/indicators/series?level=TEAM&scope=CF-STR-1[&upTo=2026-10&months=6]}
 * and {@code GET /api/indicators/exceptions?level=...&scope=...[&month=2026-10&list=&team=&child=]} (paged:
 * {@code &page=0&size=50&sort=childReference}) within the caller's organisational scope. Refusals are
 * RFC 9457 problem details.
 */
@RestController
class IndicatorApi {

  static final URI FILE_REJECTED = URI.create("urn:practice-assurance:problem:indicator-file-rejected");
  static final URI BAD_REQUEST = URI.create("urn:practice-assurance:problem:bad-indicator-request");
  static final String CSV = "text/csv";

  private final Indicators indicators;
  private final CurrentUser currentUser;

  IndicatorApi(Indicators indicators, CurrentUser currentUser) {
    this.indicators = indicators;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/indicators")
  List<Indicator> catalogue() {
    return indicators.catalogue();
  }

  @PostMapping(path = "/api/indicators/values", consumes = {CSV, MediaType.TEXT_PLAIN_VALUE,
      MediaType.APPLICATION_OCTET_STREAM_VALUE})
  IndicatorImportReport importValues(InputStream body, @RequestParam(defaultValue = "values.csv") String fileName) {
    return indicators.importValues(body, fileName);
  }

  @PostMapping(path = "/api/indicators/values", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  IndicatorImportReport importValues(@RequestPart("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return indicators.importValues(in, file.getOriginalFilename());
    }
  }

  @PostMapping(path = "/api/indicators/exceptions", consumes = {CSV, MediaType.TEXT_PLAIN_VALUE,
      MediaType.APPLICATION_OCTET_STREAM_VALUE})
  IndicatorImportReport importExceptions(InputStream body,
      @RequestParam(defaultValue = "exceptions.csv") String fileName) {
    return indicators.importExceptions(body, fileName);
  }

  @PostMapping(path = "/api/indicators/exceptions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  IndicatorImportReport importExceptions(@RequestPart("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return indicators.importExceptions(in, file.getOriginalFilename());
    }
  }

  /** The last {@code months} months up to {@code upTo} (default: the scope's latest month with a value). */
  @GetMapping("/api/indicators/series")
  List<IndicatorSeries> series(@RequestParam String level, @RequestParam String scope,
      @RequestParam(required = false) String upTo, @RequestParam(defaultValue = "6") int months) {
    ScopeLevel scopeLevel = level(level);
    checkScope(scopeLevel, scope);
    if (months < 1 || months > 60) {
      throw new BadRequest("months must be between 1 and 60.");
    }
    YearMonth until = upTo != null ? month(upTo)
        : indicators.latestMonth(scopeLevel, scope).orElse(YearMonth.now(ValueImporter.UK).minusMonths(1));
    return indicators.series(scopeLevel, scope, until, months);
  }

  /** The scope's children on exception lists for the month (default: the latest), paged; narrowed by list, team, child. */
  @GetMapping("/api/indicators/exceptions")
  Page<ChildException> exceptions(@RequestParam String level, @RequestParam String scope,
      @RequestParam(required = false) String month, @RequestParam(required = false) String list,
      @RequestParam(required = false) String team, @RequestParam(required = false) String child, Pageable pageable) {
    ScopeLevel scopeLevel = level(level);
    checkScope(scopeLevel, scope);
    return indicators.exceptions(new ExceptionFilter(scopeLevel, scope, month == null ? null : month(month), list, team,
        child), pageable);
  }

  private void checkScope(ScopeLevel level, String scope) {
    if (!indicators.canSee(currentUser.get(), level, scope)) {
      throw new AccessDeniedException("You may not see the indicators of " + level.label().toLowerCase(Locale.ROOT)
          + " " + scope + ".");
    }
  }

  private static ScopeLevel level(String raw) {
    try {
      return ScopeLevel.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("level must be TEAM, SERVICE or LOCALITY, not \"" + raw + "\".");
    }
  }

  private static YearMonth month(String raw) {
    try {
      return YearMonth.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequest("\"" + raw + "\" is not a month: use YYYY-MM.");
    }
  }

  /** A query parameter that cannot be used. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  @ExceptionHandler(BadRequest.class)
  ProblemDetail badRequest(BadRequest e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(BAD_REQUEST);
    problem.setTitle("Bad request");
    return problem;
  }

  /** E.g. a sort by a column the list does not offer. */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return badRequest(new BadRequest(e.getMessage()));
  }

  @ExceptionHandler(IndicatorFileRejected.class)
  ProblemDetail rejected(IndicatorFileRejected e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(FILE_REJECTED);
    problem.setTitle(e.title());
    if (!e.missingColumns().isEmpty()) {
      problem.setProperty("missingColumns", e.missingColumns());
    }
    return problem;
  }
}
