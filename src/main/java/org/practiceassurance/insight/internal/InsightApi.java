package org.practiceassurance.insight.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.insight.ActionFigures;
import org.practiceassurance.insight.ActionRow;
import org.practiceassurance.insight.ActionState;
import org.practiceassurance.insight.AuditRow;
import org.practiceassurance.insight.ConcernFigures;
import org.practiceassurance.insight.Dashboards;
import org.practiceassurance.insight.Exports;
import org.practiceassurance.insight.GradeDistribution;
import org.practiceassurance.insight.InsightFilter;
import org.practiceassurance.insight.Listing;
import org.practiceassurance.insight.ModerationFigures;
import org.practiceassurance.insight.TeamPicture;
import org.practiceassurance.insight.ThemeTrend;
import org.practiceassurance.insight.Triangulation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Insight over REST, scoped as the screens (a filter outside the caller's scope is a 403 problem):
 * {@code GET /api/insight/audit-grades}, {@code /audit-grades/audits?month=&grade=}, {@code
 * /moderation}, {@code /actions}, {@code /actions/list?state=&service=&owner=}, {@code /concerns},
 * {@code /dip-samples}, {@code /triangulation}, each taking {@code from} and {@code to} (YYYY-MM;
 * default the last 12 months) and optional {@code service}, {@code locality}, {@code team}; and the
 * CSV exports {@code GET /api/exports/audits.csv}, {@code actions.csv}, {@code cases-of-concern.csv},
 * {@code dip-sample-results.csv}.
 */
@RestController
class InsightApi {

  static final URI BAD_REQUEST = URI.create("urn:practice-assurance:problem:bad-insight-request");
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Dashboards dashboards;
  private final Triangulation triangulation;
  private final Exports exports;

  InsightApi(Dashboards dashboards, Triangulation triangulation, Exports exports) {
    this.dashboards = dashboards;
    this.triangulation = triangulation;
    this.exports = exports;
  }

  @GetMapping("/api/insight/audit-grades")
  GradeDistribution auditGrades(FilterParams filter) {
    return dashboards.auditGrades(filter.toFilter());
  }

  @GetMapping("/api/insight/audit-grades/audits")
  Listing<AuditRow> audits(FilterParams filter, @RequestParam(required = false) String month,
      @RequestParam(required = false) String grade) {
    return dashboards.auditsBehind(filter.toFilter(), month == null ? null : month(month, "month"),
        grade == null ? null : parse(Grade.class, grade, "grade"));
  }

  @GetMapping("/api/insight/moderation")
  ModerationFigures moderation(FilterParams filter) {
    return dashboards.moderation(filter.toFilter());
  }

  @GetMapping("/api/insight/actions")
  ActionFigures actions(FilterParams filter) {
    return dashboards.actions(filter.toFilter());
  }

  @GetMapping("/api/insight/actions/list")
  Listing<ActionRow> actionList(FilterParams filter, @RequestParam String state,
      @RequestParam(required = false) String owner) {
    return dashboards.actionsBehind(filter.toFilter(), null, owner, parse(ActionState.class, state, "state"));
  }

  @GetMapping("/api/insight/concerns")
  ConcernFigures concerns(FilterParams filter) {
    return dashboards.concerns(filter.toFilter());
  }

  @GetMapping("/api/insight/dip-samples")
  List<ThemeTrend> dipSamples(FilterParams filter) {
    return dashboards.dipSamples(filter.toFilter());
  }

  @GetMapping("/api/insight/triangulation")
  List<TeamPicture> triangulation(FilterParams filter) {
    return triangulation.teams(filter.toFilter());
  }

  @GetMapping("/api/exports/{file}")
  void export(@PathVariable String file, HttpServletResponse response) throws IOException {
    Exports.Kind kind = Arrays.stream(Exports.Kind.values()).filter(k -> k.fileName().equals(file)).findFirst()
        .orElseThrow(() -> new BadRequest("No export " + file + ": choose one of "
            + Arrays.stream(Exports.Kind.values()).map(Exports.Kind::fileName).toList() + "."));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + kind.fileName() + "\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    exports.write(kind, out);
    out.flush();
  }

  /**
   * The query parameters every figure takes: {@code from} and {@code to} (YYYY-MM; default the last 12
   * months), and optionally {@code service}, {@code locality}, {@code team}.
   */
  record FilterParams(String from, String to, String service, String locality, String team) {

    InsightFilter toFilter() {
      YearMonth last = to == null ? YearMonth.now(UK) : month(to, "to");
      YearMonth first = from == null ? last.minusMonths(11) : month(from, "from");
      try {
        return new InsightFilter(first, last, service, locality, team);
      } catch (IllegalArgumentException e) {
        throw new BadRequest(e.getMessage());
      }
    }
  }

  private static YearMonth month(String raw, String name) {
    try {
      return YearMonth.parse(raw.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " \"" + raw + "\" is not a month: use YYYY-MM.");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String raw, String name) {
    try {
      return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not \"" + raw + "\".");
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

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail illegal(IllegalArgumentException e) {
    return badRequest(new BadRequest(e.getMessage()));
  }
}
