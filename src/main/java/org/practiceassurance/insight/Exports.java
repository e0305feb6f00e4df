package org.practiceassurance.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernFilter;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.dipsample.DipSampleFilter;
import org.practiceassurance.dipsample.DipSampleFindings;
import org.practiceassurance.dipsample.DipSampleSummary;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.dipsample.QuestionResult;
import org.practiceassurance.dipsample.SampleResults;
import org.practiceassurance.insight.internal.ExportQueries;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV exports (RFC 4180, UTF-8, a header row) of what the person may see, with the same rules as
 * the screens: the audits list's for audits, the actions register's and the Cases of Concern
 * register's for the registers (read through their own modules), and the dip samples whose results
 * the person may read. A cell that a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) is prefixed with an apostrophe.
 */
@Service
@Transactional(readOnly = true)
public class Exports {

  /** Everything a register page is read in. */
  private static final int PAGE = 1_000;
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.UK).withZone(UK);

  /** The exports there are, with their file names. */
  public enum Kind {
    AUDITS("audits.csv"), ACTIONS("actions.csv"), CONCERNS("cases-of-concern.csv"),
    DIP_SAMPLE_RESULTS("dip-sample-results.csv");

    private final String fileName;

    Kind(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }
  }

  private final ExportQueries queries;
  private final Actions actions;
  private final ConcernRegister concerns;
  private final DipSamples dipSamples;
  private final DipSampleFindings findings;
  private final CurrentUser currentUser;

  Exports(ExportQueries queries, Actions actions, ConcernRegister concerns, DipSamples dipSamples,
      DipSampleFindings findings, CurrentUser currentUser) {
    this.queries = queries;
    this.actions = actions;
    this.concerns = concerns;
    this.dipSamples = dipSamples;
    this.findings = findings;
    this.currentUser = currentUser;
  }

  public void write(Kind kind, Writer out) {
    switch (kind) {
      case AUDITS -> audits(out);
      case ACTIONS -> actions(out);
      case CONCERNS -> concerns(out);
      case DIP_SAMPLE_RESULTS -> dipSampleResults(out);
    }
  }

  /** Every audit the person may see, newest first, with the grades of each practice area. */
  public void audits(Writer out) {
    csv(out, new String[] {"audit_id", "child_reference", "service", "team", "auditor", "status", "due_date",
        "supervision", "visiting", "assessment", "planning", "recording", "auditor_grade", "final_grade",
        "moderation_reason", "submitted_at", "closed_at"}, csv -> queries.audits(currentUser.get(), rs -> {
          try {
            csv.printRecord(safe(rs.getLong("id"), rs.getString("child_reference"), rs.getString("service_code"),
                rs.getString("team_code"), rs.getString("auditor"), rs.getString("status"), rs.getObject("due_date"),
                rs.getString("supervision"), rs.getString("visiting"), rs.getString("assessment"),
                rs.getString("planning"), rs.getString("recording"), rs.getString("overall_grade"),
                rs.getString("final_grade"), rs.getString("moderation_reason"), time(rs.getTimestamp("submitted_at")),
                time(rs.getTimestamp("closed_at"))));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
  }

  /** The actions register as the person sees it. */
  public void actions(Writer out) {
    csv(out, new String[] {"action_id", "source", "source_id", "child_reference", "description", "owner",
        "raised_by", "service", "team", "priority", "due_date", "status", "raised_at", "done_at", "closed_at",
        "closed_by"}, csv -> {
          for (int number = 0; ; number++) {
            List<ActionSummary> page = actions.registerRows(RegisterFilter.NONE, PageRequest.of(number, PAGE));
            for (ActionSummary a : page) {
              csv.printRecord(safe(a.id(), a.source(), a.sourceId(), a.childReference(), a.description(), a.owner(),
                  a.raisedBy(), a.serviceCode(), a.teamCode(), a.priority(), a.dueDate(), a.status(),
                  time(a.createdAt()), time(a.doneAt()), time(a.closedAt()), a.closedBy()));
            }
            if (page.size() < PAGE) {
              return;
            }
          }
        });
  }

  /** The Cases of Concern register as the person sees it. */
  public void concerns(Writer out) {
    csv(out, new String[] {"concern_id", "child_reference", "reason", "raised_by", "source", "source_id",
        "service", "team", "responsible_manager", "status", "review_date", "raised_at", "acknowledged_by",
        "acknowledged_at", "resolution", "resolved_by", "resolved_at"}, csv -> {
          for (int number = 0; ; number++) {
            List<ConcernEntry> page = concerns.visibleRows(ConcernFilter.NONE, PageRequest.of(number, PAGE));
            for (ConcernEntry c : page) {
              csv.printRecord(safe(c.id(), c.childReference(), c.reason(), c.raisedBy(), c.source(), c.sourceId(),
                  c.serviceCode(), c.teamCode(), c.responsibleManager(), c.status(), c.reviewDate(), time(c.raisedAt()),
                  c.acknowledgedBy(), time(c.acknowledgedAt()), c.resolution(), c.resolvedBy(), time(c.resolvedAt())));
            }
            if (page.size() < PAGE) {
              return;
            }
          }
        });
  }

  /**
   * One row per question of every dip sample whose results the person may read (quality managers,
   * directors and administrators: all; others: the samples they lead).
   */
  public void dipSampleResults(Writer out) {
    String me = currentUser.get().username();
    boolean county = OrganisationScope.seesWholeCounty(currentUser.get());
    csv(out, new String[] {"dip_sample_id", "title", "theme", "run", "status", "question", "question_text",
        "answer_type", "yes", "partly", "no", "not_applicable", "answered", "compliance", "lower_95", "upper_95",
        "mean"}, csv -> {
          for (DipSampleSummary s : samplesWithReadableResults(county, me)) {
            if (!county && !me.equals(s.lead())) {
              continue;
            }
            SampleResults results = findings.results(s.id());
            for (QuestionResult q : results.questions()) {
              csv.printRecord(safe(s.id(), s.title(), s.themeCode(), s.runNumber(), s.status(),
                  q.question().position(), q.question().text(), q.question().answerType(), q.yes(), q.partly(), q.no(),
                  q.notApplicable(), q.answered(), q.compliance() == null ? null : round(q.compliance().compliance()),
                  q.compliance() == null ? null : round(q.compliance().lower()),
                  q.compliance() == null ? null : round(q.compliance().upper()), q.mean()));
            }
          }
        });
  }

  /** The samples listed page by page through the dip-sample module's list: every one, or the ones the person leads. */
  private List<DipSampleSummary> samplesWithReadableResults(boolean county, String me) {
    DipSampleFilter whose = county ? DipSampleFilter.NONE : DipSampleFilter.NONE.withLead(me);
    List<DipSampleSummary> all = new java.util.ArrayList<>();
    for (int number = 0; ; number++) {
      List<DipSampleSummary> page = dipSamples.visibleRows(whose, PageRequest.of(number, PAGE));
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  /** What writes an export's rows. */
  private interface Rows {
    void write(CSVPrinter csv) throws IOException;
  }

  /** The header, then the rows; flushed, and the writer left open for its owner to close. */
  private static void csv(Writer out, String[] header, Rows rows) {
    try {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
      rows.write(csv);
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Values as cells: nulls empty, enums by name, text that a spreadsheet would run as a formula defused. */
  static Object[] safe(Object... values) {
    Object[] cells = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        cells[i] = "";
      } else if (v instanceof Enum<?> e) {
        cells[i] = e.name();
      } else if (v instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
        cells[i] = "'" + text;
      } else {
        cells[i] = v;
      }
    }
    return cells;
  }

  private static String time(Instant instant) {
    return instant == null ? null : TIME.format(instant);
  }

  private static String time(Timestamp timestamp) {
    return timestamp == null ? null : TIME.format(timestamp.toInstant());
  }

  private static String round(double fraction) {
    return String.format(Locale.ROOT, "%.4f", fraction);
  }
}
