package org.practiceassurance.insight;

import static org.practiceassurance.insight.InsightFixtures.UK;
import static org.practiceassurance.insight.InsightFixtures.noon;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the QA report's tests, written straight into the other modules' tables as their code
 * leaves them (like {@link InsightFixtures}, whose teams and audit, action and concern rows these
 * use): moderations with the moderator's feedback, dip samples with files and answers, surgeries.
 * Every test of the report uses its own month of 2016/2017, which no other test touches.
 */
final class QaReportFixtures {

  static final String[] AREAS = {"SUPERVISION", "VISITING", "ASSESSMENT", "PLANNING", "RECORDING"};

  final InsightFixtures rows;
  private final JdbcTemplate jdbc;

  QaReportFixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.rows = new InsightFixtures(jdbc);
  }

  /** {@code n} graded, closed audits of team CF-INS-1 with one final grade, at noon on a day. */
  void audits(int n, Grade grade, LocalDate day) {
    for (int i = 0; i < n; i++) {
      rows.audit("CF-INS-1", "auditor1", "CLOSED", grade, grade, noon(day), null);
    }
  }

  /**
   * A moderated audit: the auditor's grade, the final grade, how many of the five areas the
   * moderator agreed with, the quality rating and the feedback. Returns the audit's id.
   */
  long moderatedAudit(String team, String status, Grade auditorGrade, Grade finalGrade, Instant submittedAt,
      int areasAgreed, String outcome, String rating, String feedback) {
    long audit = rows.audit(team, "auditor2", status, auditorGrade, finalGrade, submittedAt, "SAMPLE");
    Long id = jdbc.queryForObject("""
        insert into pa.moderation (audit_id, moderator, outcome, quality_rating, feedback, auditor_grade, final_grade,
                                   completed_at, areas_moderated, areas_agreed)
        values (?, 'moderator1', ?, ?, ?, ?, ?, ?, ?, ?) returning id
        """, Long.class, audit, outcome, rating, feedback, auditorGrade.name(), finalGrade.name(),
        Timestamp.from(submittedAt.plusSeconds(3_600)), AREAS.length, areasAgreed);
    for (int i = 0; i < AREAS.length; i++) {
      boolean agreed = i < areasAgreed;
      jdbc.update("insert into pa.moderation_area (moderation_id, area, auditor_grade, moderated_grade, reason)"
          + " values (?, ?, 'GOOD', ?, ?)", id, AREAS[i], agreed ? "GOOD" : "REQUIRES_IMPROVEMENT",
          agreed ? null : "Changed.");
    }
    return audit;
  }

  /**
   * A dip sample of files of team CF-INS-1, as the dip-sample module leaves it; {@code answers} are
   * the first question's answer for each reviewed file (YES, PARTLY, NO, NOT_APPLICABLE). Returns its id.
   */
  long dipSample(String title, String theme, String status, Instant reviewsClosedAt, Instant completedAt,
      String findings, String remediation, List<String> answers) {
    Long set = jdbc.queryForObject("select id from pa.dip_question_set where theme_code = ? and version = 1",
        Long.class, theme);
    Long question = jdbc.queryForObject("select id from pa.dip_question where question_set_id = ? and position = 1",
        Long.class, set);
    Long sample = jdbc.queryForObject("""
        insert into pa.dip_sample (title, question_set_id, lead, status, size_mode, size_value, stratify_by,
                                   minimum_per_stratum, exclude_open_samples, seed, reviewers, due_date, created_by,
                                   created_at, launched_at, reviews_closed_at, findings, remediation, completed_at)
        values (?, ?, 'qm1', ?, 'COUNT', ?, 'NONE', 0, false, 1, 'auditor1', ?, 'qm1', ?, ?, ?, ?, ?, ?) returning id
        """, Long.class, title, set, status, answers.size(), reviewsClosedAt.atZone(UK).toLocalDate(),
        Timestamp.from(reviewsClosedAt.minusSeconds(20 * 86_400)), Timestamp.from(reviewsClosedAt.minusSeconds(14 * 86_400)),
        Timestamp.from(reviewsClosedAt), findings, remediation, completedAt == null ? null : Timestamp.from(completedAt));
    for (int i = 0; i < answers.size(); i++) {
      Long file = jdbc.queryForObject("""
          insert into pa.dip_sample_file (dip_sample_id, child_reference, service_code, team_code, locality, stratum,
                                          reviewer, reviewed_at)
          values (?, ?, 'CF', 'CF-INS-1', 'Stroud', 'All', 'auditor1', ?) returning id
          """, Long.class, sample, "INS-QA-" + sample + "-" + i, Timestamp.from(reviewsClosedAt.minusSeconds(86_400)));
      jdbc.update("insert into pa.dip_answer (sample_file_id, question_id, answer) values (?, ?, ?)", file, question,
          answers.get(i));
    }
    return sample;
  }

  /** A held surgery (team null: service level). */
  long surgery(String service, String team, String lead, Instant heldAt) {
    LocalDate due = heldAt.atZone(UK).toLocalDate();
    return jdbc.queryForObject("""
        insert into pa.surgery (level, service_code, team_code, lead, due_date, ad_hoc, status, attendees, created_at,
                                prepared_at, held_at)
        values (?, ?, ?, ?, ?, true, 'HELD', ?, ?, ?, ?) returning id
        """, Long.class, team == null ? "SERVICE" : "TEAM", service, team, lead, due, lead,
        Timestamp.from(heldAt.minusSeconds(5 * 86_400)), Timestamp.from(heldAt.minusSeconds(86_400)),
        Timestamp.from(heldAt));
  }

  /** The moment, UK time, at a time of day. */
  static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(UK).toInstant();
  }

  static void director1() {
    TestUsers.signIn("director1", List.of("director"), null, null);
  }

  static void hos1() {
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
  }

  static void qm2() {
    TestUsers.signIn("qm2", List.of("quality-manager"), "QA", "QA-AUDIT");
  }
}
