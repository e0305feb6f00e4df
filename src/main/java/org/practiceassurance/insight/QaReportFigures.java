package org.practiceassurance.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.practiceassurance.audit.Grade;

/**
 * Every figure of one month's QA report, for the whole county: gathered when the draft is shown,
 * frozen (as JSON) when a version is published. Figures "now" (actions open and overdue, open
 * Cases of Concern) are as at {@code gatheredAt}; the rest are the month's.
 *
 * @param schema the snapshot's format, {@value #SCHEMA} for this one
 * @param chart the grade distribution of the six months up to and including {@code month}
 * @param prompts what the month produced for "What we learnt": shown beside the narrative, not printed
 */
public record QaReportFigures(int schema, YearMonth month, Instant gatheredAt, double goodOrBetterTarget,
    double inadequateTarget, Grades audits, List<Grades> chart, Moderation moderation, Actions actions,
    Concerns concerns, List<DipSampleRun> dipSamples, List<SurgeryHeld> surgeries, Prompts prompts) {

  public static final int SCHEMA = 1;

  public QaReportFigures {
    chart = chart == null ? List.of() : List.copyOf(chart);
    dipSamples = dipSamples == null ? List.of() : List.copyOf(dipSamples);
    surgeries = surgeries == null ? List.of() : List.copyOf(surgeries);
  }

  /** Whether the month's good-or-better share meets its target; null without audits. */
  public Boolean goodOrBetterMet() {
    Double p = audits.goodOrBetterPercent();
    return p == null ? null : p >= goodOrBetterTarget;
  }

  /** Whether the month's inadequate share is within its target; null without audits. */
  public Boolean inadequateMet() {
    Double p = audits.inadequatePercent();
    return p == null ? null : p <= inadequateTarget;
  }

  /** One month's graded audits by final grade (the moderated grade where an audit was moderated). */
  public record Grades(YearMonth month, long outstanding, long good, long requiresImprovement, long inadequate) {

    public long total() {
      return outstanding + good + requiresImprovement + inadequate;
    }

    public long count(Grade grade) {
      return switch (grade) {
        case OUTSTANDING -> outstanding;
        case GOOD -> good;
        case REQUIRES_IMPROVEMENT -> requiresImprovement;
        case INADEQUATE -> inadequate;
      };
    }

    /** 0 to 100; null without audits. */
    public Double percent(Grade grade) {
      return share(count(grade));
    }

    public Double goodOrBetterPercent() {
      return share(outstanding + good);
    }

    public Double inadequatePercent() {
      return share(inadequate);
    }

    private Double share(long n) {
      long total = total();
      return total == 0 ? null : 100.0 * n / total;
    }
  }

  /**
   * Moderation of the audits graded in the month.
   *
   * @param moderated of the graded audits, those chosen for moderation
   * @param movedUp accepted moderations whose final grade is better than the auditor's
   * @param ratedGood moderations rating the audit's quality good (likewise adequate, needs development)
   */
  public record Moderation(long graded, long moderated, long areasModerated, long areasAgreed, long movedUp,
      long movedDown, long unchanged, long ratedGood, long ratedAdequate, long ratedNeedsDevelopment) {

    /** Share of graded audits moderated, 0 to 100; null without audits. */
    public Double sharePercent() {
      return graded == 0 ? null : 100.0 * moderated / graded;
    }

    /** Practice-area grades the moderator left as they were, 0 to 100; null when none was moderated. */
    public Double agreementPercent() {
      return areasModerated == 0 ? null : 100.0 * areasAgreed / areasModerated;
    }
  }

  /**
   * Actions: open, overdue and awaiting verification as at {@code gatheredAt}; raised, closed and
   * the median calendar days to close (null when none closed) for the month.
   */
  public record Actions(long open, long overdue, long awaitingVerification, long raisedInMonth, long closedInMonth,
      Double medianDaysToClose) {}

  /** The Cases of Concern register: open (and of those not acknowledged) now, raised in the month. */
  public record Concerns(long open, long unacknowledged, long raisedInMonth) {}

  /** A dip sample whose reviews ended in the month, with its overall compliance (null: nothing answered). */
  public record DipSampleRun(long sampleId, String title, String themeName, int runNumber, long filesReviewed,
      Double compliancePercent) {}

  /** A surgery held in the month. */
  public record SurgeryHeld(long id, LocalDate heldOn, String level, String serviceCode, String teamCode,
      String lead) {

    /** e.g. "Team CF-STR-1" or "Service CF". */
    public String scope() {
      return teamCode == null ? "Service " + serviceCode : "Team " + teamCode;
    }
  }

  /** Prompts for "What we learnt": completed dip samples' findings and the moderators' feedback. */
  public record Prompts(List<DipSampleFindings> dipSampleFindings, List<ModerationFeedback> moderationFeedback) {

    public Prompts {
      dipSampleFindings = dipSampleFindings == null ? List.of() : List.copyOf(dipSampleFindings);
      moderationFeedback = moderationFeedback == null ? List.of() : List.copyOf(moderationFeedback);
    }
  }

  /** A completed dip sample's findings and areas for urgent remediation. */
  public record DipSampleFindings(long sampleId, String title, int runNumber, String findings, String remediation) {}

  /** A moderator's feedback on an audit graded in the month, with the grades before and after. */
  public record ModerationFeedback(long auditId, String teamCode, Grade auditorGrade, Grade finalGrade,
      String qualityRating, String outcome, String feedback) {}
}
