package org.practiceassurance.insight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.insight.QaReportFigures.DipSampleFindings;
import org.practiceassurance.insight.QaReportFigures.ModerationFeedback;
import org.practiceassurance.insight.QaReportFigures.SurgeryHeld;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the monthly QA report needs beyond the dashboards, read in SQL over the other modules'
 * tables (read only, county-wide, months in Europe/London time; indexes in V12): actions and Cases
 * of Concern raised in a month, surgeries held, completed dip samples' findings and the moderators'
 * feedback.
 */
@Component
public class QaReportQueries {

  /** Moderators' feedback shown as prompts: at most this many, the earliest first. */
  public static final int MAX_FEEDBACK = 200;

  private final NamedParameterJdbcTemplate jdbc;

  QaReportQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long actionsRaised(YearMonth month) {
    return count("select count(*) from pa.action where created_at >= :start and created_at < :end", month);
  }

  public long concernsRaised(YearMonth month) {
    return count("select count(*) from pa.concern where raised_at >= :start and raised_at < :end", month);
  }

  /** Surgeries held in the month, in the order they were held. */
  public List<SurgeryHeld> surgeriesHeld(YearMonth month) {
    return jdbc.query("""
        select id, (held_at at time zone 'Europe/London')::date as held_on, level, service_code, team_code, lead
          from pa.surgery
         where status = 'HELD' and held_at >= :start and held_at < :end
         order by held_at, id
        """, window(month), (rs, i) -> new SurgeryHeld(rs.getLong("id"),
            rs.getObject("held_on", LocalDate.class), rs.getString("level"), rs.getString("service_code"),
            rs.getString("team_code"), rs.getString("lead")));
  }

  /**
   * Completed dip samples whose findings were written, or whose reviews ended, in the month, with
   * their findings and areas for urgent remediation.
   */
  public List<DipSampleFindings> dipSampleFindings(YearMonth month) {
    return jdbc.query("""
        select id, title, run_number, coalesce(findings, '') as findings, coalesce(remediation, '') as remediation
          from pa.dip_sample
         where status = 'COMPLETE'
           and (completed_at >= :start and completed_at < :end or reviews_closed_at >= :start and reviews_closed_at < :end)
         order by coalesce(completed_at, reviews_closed_at), id
        """, window(month), (rs, i) -> new DipSampleFindings(rs.getLong("id"), rs.getString("title"),
            rs.getInt("run_number"), rs.getString("findings"), rs.getString("remediation")));
  }

  /** The moderators' feedback on the audits graded in the month (as the dashboards count them). */
  public List<ModerationFeedback> moderationFeedback(YearMonth month) {
    MapSqlParameterSource params = window(month).addValue("limit", MAX_FEEDBACK);
    return jdbc.query("select a.id, a.team_code, mo.auditor_grade, mo.final_grade, mo.quality_rating, mo.outcome,"
        + " mo.feedback from pa.audit a join pa.moderation mo on mo.audit_id = a.id where "
        + DashboardQueries.GRADED + " and a.submitted_at >= :start and a.submitted_at < :end"
        + " order by mo.completed_at, mo.id limit :limit", params, (rs, i) -> new ModerationFeedback(rs.getLong("id"),
            rs.getString("team_code"), Grade.valueOf(rs.getString("auditor_grade")),
            Grade.valueOf(rs.getString("final_grade")), rs.getString("quality_rating"), rs.getString("outcome"),
            rs.getString("feedback")));
  }

  private long count(String sql, YearMonth month) {
    Long n = jdbc.queryForObject(sql, window(month), Long.class);
    return n == null ? 0 : n;
  }

  private static MapSqlParameterSource window(YearMonth month) {
    return new MapSqlParameterSource()
        .addValue("start", utc(month.atDay(1).atStartOfDay(ViewerScope.UK).toInstant()))
        .addValue("end", utc(month.plusMonths(1).atDay(1).atStartOfDay(ViewerScope.UK).toInstant()));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
