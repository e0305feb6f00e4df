package org.practiceassurance.insight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.insight.QaReportFigures;
import org.practiceassurance.insight.QaReportFigures.Grades;

/**
 * The report's words and tables, the same for HTML, PDF and the screen: each table has a caption,
 * column headings and rows of text; the first column of each row names what the row is.
 */
public final class ReportTables {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm").withZone(UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private ReportTables() {}

  /** A table: a caption, headings, rows; {@code rowHeadings} when the first cell of each row heads it. */
  public record Table(String caption, List<String> headings, List<List<String>> rows, boolean rowHeadings) {}

  public static String title(YearMonth month) {
    return "Monthly QA report: " + month(month);
  }

  /** e.g. "Version 2, published by qm1 on 05/04/2017 at 10:42." or "Draft, not published." */
  public static String status(ReportContent content) {
    String figures = " Figures for the whole county; those described as now are as at "
        + DATE_TIME.format(content.figures().gatheredAt()) + ".";
    return content.draft() ? "Draft, not published." + figures
        : "Version " + content.version() + ", published by " + content.publishedBy() + " on "
            + DATE_TIME.format(content.publishedAt()) + "." + figures;
  }

  public static Table headline(QaReportFigures f) {
    Grades a = f.audits();
    QaReportFigures.Moderation m = f.moderation();
    QaReportFigures.Actions act = f.actions();
    QaReportFigures.Concerns c = f.concerns();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Audits graded", String.valueOf(a.total()), "–", "–"));
    rows.add(List.of("Good or better", share(a.goodOrBetterPercent(), a.outstanding() + a.good(), a.total()),
        "at least " + percent(f.goodOrBetterTarget()), verdict(f.goodOrBetterMet())));
    rows.add(List.of("Inadequate", share(a.inadequatePercent(), a.inadequate(), a.total()),
        "at most " + percent(f.inadequateTarget()), verdict(f.inadequateMet())));
    rows.add(List.of("Audits moderated", share(m.sharePercent(), m.moderated(), m.graded()), "–", "–"));
    rows.add(List.of("Moderation agreement (practice-area grades)",
        share(m.agreementPercent(), m.areasAgreed(), m.areasModerated()), "–", "–"));
    rows.add(List.of("Actions open now", String.valueOf(act.open() + act.overdue() + act.awaitingVerification()),
        "–", "–"));
    rows.add(List.of("Actions overdue now", String.valueOf(act.overdue()), "–", "–"));
    rows.add(List.of("Actions raised in the month", String.valueOf(act.raisedInMonth()), "–", "–"));
    rows.add(List.of("Actions closed in the month", String.valueOf(act.closedInMonth()), "–", "–"));
    rows.add(List.of("Median days to close", act.medianDaysToClose() == null ? "–" : number(act.medianDaysToClose()),
        "–", "–"));
    rows.add(List.of("Open Cases of Concern now", String.valueOf(c.open()), "–", "–"));
    rows.add(List.of("Cases of Concern raised in the month", String.valueOf(c.raisedInMonth()), "–", "–"));
    rows.add(List.of("Dip samples whose reviews ended", String.valueOf(f.dipSamples().size()), "–", "–"));
    rows.add(List.of("Surgeries held", String.valueOf(f.surgeries().size()), "–", "–"));
    return new Table("Headline figures for " + month(f.month()) + " against the county's targets",
        List.of("Measure", month(f.month()), "Target", "Against target"), rows, true);
  }

  /** The chart's numbers: each month's final grades as counts and shares. */
  public static Table chart(QaReportFigures f) {
    List<List<String>> rows = new ArrayList<>();
    for (Grades g : f.chart()) {
      List<String> row = new ArrayList<>();
      row.add(shortMonth(g.month()));
      row.add(String.valueOf(g.total()));
      for (Grade grade : Grade.values()) {
        row.add(g.total() == 0 ? "–" : g.count(grade) + " (" + percent(g.percent(grade)) + ")");
      }
      row.add(percent(g.goodOrBetterPercent()));
      rows.add(row);
    }
    return new Table(chartCaption(f), List.of("Month", "Audits", "Outstanding", "Good", "Requires improvement",
        "Inadequate", "Good or better"), rows, true);
  }

  public static String chartCaption(QaReportFigures f) {
    return "Audit grades, " + (f.chart().isEmpty() ? month(f.month())
        : shortMonth(f.chart().get(0).month()) + " to " + shortMonth(f.chart().get(f.chart().size() - 1).month()))
        + ": final grades as a share of each month's audits; targets good or better at least "
        + percent(f.goodOrBetterTarget()) + ", inadequate at most " + percent(f.inadequateTarget());
  }

  public static Table activity(QaReportFigures f) {
    Grades a = f.audits();
    return new Table("What was done in " + month(f.month()), List.of("Activity", "How many"), List.of(
        List.of("Case-file audits graded", String.valueOf(a.total())),
        List.of("Audits moderated", String.valueOf(f.moderation().moderated())),
        List.of("Dip samples whose reviews ended", String.valueOf(f.dipSamples().size())),
        List.of("Performance surgeries held", String.valueOf(f.surgeries().size()))), true);
  }

  public static Table dipSamples(QaReportFigures f) {
    List<List<String>> rows = new ArrayList<>();
    for (QaReportFigures.DipSampleRun run : f.dipSamples()) {
      rows.add(List.of(run.title(), run.themeName(), String.valueOf(run.runNumber()),
          String.valueOf(run.filesReviewed()), percent(run.compliancePercent())));
    }
    return new Table("Dip samples whose reviews ended in " + month(f.month()),
        List.of("Dip sample", "Theme", "Run", "Files reviewed", "Compliance"), rows, true);
  }

  public static Table surgeries(QaReportFigures f) {
    List<List<String>> rows = new ArrayList<>();
    for (QaReportFigures.SurgeryHeld s : f.surgeries()) {
      rows.add(List.of(s.scope(), date(s.heldOn()), "TEAM".equals(s.level()) ? "Team" : "Service", s.lead()));
    }
    return new Table("Performance surgeries held in " + month(f.month()), List.of("Surgery", "Held on", "Level",
        "Led by"), rows, true);
  }

  public static Table moderation(QaReportFigures f) {
    QaReportFigures.Moderation m = f.moderation();
    return new Table("Moderation of the audits graded in " + month(f.month()), List.of("Measure", "Figure"), List.of(
        List.of("Audits moderated", share(m.sharePercent(), m.moderated(), m.graded())),
        List.of("Practice-area grades agreed", share(m.agreementPercent(), m.areasAgreed(), m.areasModerated())),
        List.of("Overall grades moved up", String.valueOf(m.movedUp())),
        List.of("Overall grades moved down", String.valueOf(m.movedDown())),
        List.of("Overall grades unchanged", String.valueOf(m.unchanged())),
        List.of("Audit quality rated good", String.valueOf(m.ratedGood())),
        List.of("Audit quality rated adequate", String.valueOf(m.ratedAdequate())),
        List.of("Audit quality rated needs development", String.valueOf(m.ratedNeedsDevelopment()))), true);
  }

  public static Table actions(QaReportFigures f) {
    QaReportFigures.Actions a = f.actions();
    QaReportFigures.Concerns c = f.concerns();
    return new Table("Actions and Cases of Concern", List.of("Measure", "Figure"), List.of(
        List.of("Actions open, not past their due date (now)", String.valueOf(a.open())),
        List.of("Actions overdue (now)", String.valueOf(a.overdue())),
        List.of("Actions done, awaiting verification (now)", String.valueOf(a.awaitingVerification())),
        List.of("Actions raised in the month", String.valueOf(a.raisedInMonth())),
        List.of("Actions closed in the month", String.valueOf(a.closedInMonth())),
        List.of("Median days from raising to closing", a.medianDaysToClose() == null ? "–"
            : number(a.medianDaysToClose())),
        List.of("Open Cases of Concern (now)", String.valueOf(c.open())),
        List.of("Of those, not yet acknowledged", String.valueOf(c.unacknowledged())),
        List.of("Cases of Concern raised in the month", String.valueOf(c.raisedInMonth()))), true);
  }

  // ---- words ----------------------------------------------------------------------------------

  public static String month(YearMonth month) {
    return MONTH.format(month);
  }

  public static String shortMonth(YearMonth month) {
    return SHORT_MONTH.format(month);
  }

  public static String date(LocalDate date) {
    return date == null ? "–" : DATE.format(date);
  }

  public static String dateTime(Instant instant) {
    return instant == null ? "–" : DATE_TIME.format(instant);
  }

  /** e.g. "30 %", "33.3 %"; "–" for none. */
  public static String percent(Double value) {
    return value == null ? "–" : number(value) + " %";
  }

  /** A whole number as such, anything else to one decimal place. */
  public static String number(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(Locale.UK, "%.1f", rounded);
  }

  /** e.g. "33.3 % (10 of 30)"; "– (none)" when there is nothing to share out. */
  static String share(Double percent, long n, long of) {
    return of == 0 ? "– (none)" : percent(percent) + " (" + n + " of " + of + ")";
  }

  private static String verdict(Boolean met) {
    return met == null ? "No audits" : met ? "Target met" : "Target not met";
  }
}
