package org.practiceassurance.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.ImportReport;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.casefile.Rosters;
import org.practiceassurance.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for insight tests, written straight into the other modules' tables as their own code leaves
 * them (the dashboards read those tables, so the figures can be checked against rows whose every
 * field the test chose). Three teams of their own, so other tests' rows never mix in: IN-CF-1
 * (Children &amp; Families, Stroud), IN-CF-2 (Children &amp; Families, Gloucester) and IN-RA-1
 * (Referral &amp; Assessment, Stroud).
 */
public final class InsightFixtures {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  static final String[] TEAMS = {"CF-INS-1", "CF-INS-2", "RA-INS-1"};
  private static final AtomicLong ACTION_NUMBER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final JdbcTemplate jdbc;

  public InsightFixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The three teams, each with one child, imported as qm1 would (the import only adds or updates). */
  public static void teams(RosterImport rosterImport) {
    TestUsers.qm1();
    try {
      ImportReport report = rosterImport.importCsv(Rosters.stream(Rosters.csv(
          "INS-1,Ann Insight,2015-01-01,CP,CF,CF-INS-1,Stroud,sw.ins-1,tm.ins-1,2022-01-10",
          "INS-2,Ben Insight,2016-01-01,CIN,CF,CF-INS-2,Gloucester,sw.ins-2,tm.ins-2,2022-01-10",
          "INS-3,Cat Insight,2017-01-01,CIN,RA,RA-INS-1,Stroud,sw.ins-3,tm.ins-3,2022-01-10")), false);
      if (!report.rejected().isEmpty()) {
        throw new IllegalStateException("Insight teams not imported: " + report);
      }
    } finally {
      TestUsers.signOut();
    }
  }

  static String serviceOf(String team) {
    return team.substring(0, team.indexOf('-'));
  }

  static String localityOf(String team) {
    return team.equals("CF-INS-2") ? "Gloucester" : "Stroud";
  }

  /** A submitted audit, as the audit module leaves it; returns its id. */
  public long audit(String team, String auditor, String status, Grade auditorGrade, Grade finalGrade, Instant submittedAt,
      String moderationReason) {
    return jdbc.queryForObject("""
        insert into pa.audit (child_reference, service_code, team_code, auditor, due_date, status, overall_grade,
                              final_grade, suggested_grade, moderation_reason, created_at, submitted_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
        """, Long.class, "INS-" + team, serviceOf(team), team, auditor,
        submittedAt.atZone(UK).toLocalDate().plusDays(5), status, name(auditorGrade), name(finalGrade),
        name(auditorGrade), moderationReason, Timestamp.from(submittedAt.minusSeconds(86_400)), Timestamp.from(submittedAt));
  }

  /** A moderation of an audit, with the moderator's grade for each of the five areas. */
  void moderation(long auditId, String outcome, String rating, Grade auditorGrade, Grade finalGrade, Instant at,
      Grade[] auditorAreas, Grade[] moderatedAreas) {
    String[] areas = {"SUPERVISION", "VISITING", "ASSESSMENT", "PLANNING", "RECORDING"};
    int agreed = 0;
    for (int i = 0; i < areas.length; i++) {
      agreed += auditorAreas[i] == moderatedAreas[i] ? 1 : 0;
    }
    Long id = jdbc.queryForObject("""
        insert into pa.moderation (audit_id, moderator, outcome, quality_rating, feedback, auditor_grade, final_grade,
                                   completed_at, areas_moderated, areas_agreed)
        values (?, 'moderator1', ?, ?, 'Feedback.', ?, ?, ?, ?, ?) returning id
        """, Long.class, auditId, outcome, rating, auditorGrade.name(), finalGrade.name(), Timestamp.from(at),
        areas.length, agreed);
    for (int i = 0; i < areas.length; i++) {
      jdbc.update("insert into pa.moderation_area (moderation_id, area, auditor_grade, moderated_grade, reason)"
          + " values (?, ?, ?, ?, ?)", id, areas[i], auditorAreas[i].name(), moderatedAreas[i].name(),
          auditorAreas[i] == moderatedAreas[i] ? null : "Changed.");
    }
  }

  /** An action as the action module leaves it; closedAt only for CLOSED. Returns its id. */
  public String action(String team, String owner, String status, LocalDate due, Instant createdAt, Instant closedAt) {
    String id = "T-" + ACTION_NUMBER.incrementAndGet();
    jdbc.update("""
        insert into pa.action (id, source, source_id, description, owner, raised_by, service_code, team_code, priority,
                               due_date, status, created_at, closed_at, closed_by, version)
        values (?, 'AUDIT', '1', 'Do the thing.', ?, 'qm1', ?, ?, 'MEDIUM', ?, ?, ?, ?, ?, 0)
        """, id, owner, serviceOf(team), team, due, status, Timestamp.from(createdAt),
        closedAt == null ? null : Timestamp.from(closedAt), closedAt == null ? null : "tm1");
    return id;
  }

  /** An entry of the Cases of Concern register. */
  public long concern(String team, String status, Instant raisedAt) {
    return jdbc.queryForObject("""
        insert into pa.concern (child_reference, reason, raised_by, source, source_id, service_code, team_code,
                                responsible_manager, status, review_date, raised_at)
        values (?, 'At risk.', 'auditor1', 'AUDIT', '1', ?, ?, 'tm1', ?, ?, ?) returning id
        """, Long.class, "INS-" + team, serviceOf(team), team, status, LocalDate.now(UK).plusDays(7),
        Timestamp.from(raisedAt));
  }

  /**
   * A dip sample of a theme's first question set whose reviews ended at {@code reviewsClosedAt}, with
   * one reviewed file per entry of {@code answers}: the team, then the answers (YES, PARTLY, NO,
   * NOT_APPLICABLE) to the set's first questions in order. Returns the sample's id.
   */
  long dipSample(String theme, String title, int runNumber, Instant reviewsClosedAt, String[][] answers) {
    long questionSet = jdbc.queryForObject(
        "select id from pa.dip_question_set where theme_code = ? and version = 1", Long.class, theme);
    List<Long> questions = jdbc.queryForList(
        "select id from pa.dip_question where question_set_id = ? order by position", Long.class, questionSet);
    long sample = jdbc.queryForObject("""
        insert into pa.dip_sample (title, question_set_id, lead, status, size_mode, size_value, stratify_by,
                                   minimum_per_stratum, exclude_open_samples, seed, reviewers, due_date, run_number,
                                   created_by, created_at, launched_at, reviews_closed_at)
        values (?, ?, 'qm1', 'COMPLETE', 'COUNT', ?, 'NONE', 0, false, 1, 'auditor1', ?, ?, 'qm1', ?, ?, ?) returning id
        """, Long.class, title, questionSet, answers.length, reviewsClosedAt.atZone(UK).toLocalDate(), runNumber,
        Timestamp.from(reviewsClosedAt.minusSeconds(864_000)), Timestamp.from(reviewsClosedAt.minusSeconds(864_000)),
        Timestamp.from(reviewsClosedAt));
    for (int f = 0; f < answers.length; f++) {
      String team = answers[f][0];
      long file = jdbc.queryForObject("""
          insert into pa.dip_sample_file (dip_sample_id, child_reference, service_code, team_code, locality, stratum,
                                          reviewer, reviewed_at)
          values (?, ?, ?, ?, ?, 'All', 'auditor1', ?) returning id
          """, Long.class, sample, "DIP-" + sample + "-" + f, serviceOf(team), team, localityOf(team),
          Timestamp.from(reviewsClosedAt));
      for (int q = 1; q < answers[f].length; q++) {
        jdbc.update("insert into pa.dip_answer (sample_file_id, question_id, answer) values (?, ?, ?)",
            file, questions.get(q - 1), answers[f][q]);
      }
    }
    return sample;
  }

  /** Noon, UK time, on a day. */
  public static Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(UK).toInstant();
  }

  private static String name(Grade grade) {
    return grade == null ? null : grade.name();
  }
}
