package org.practiceassurance.insight.internal;

import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The audits export, streamed from PostgreSQL row by row (a cursor, never the whole table in memory).
 * Who sees which audit is the audits list's rule (audit.Audits#list): quality managers,
 * directors, administrators and moderators every audit; a head of service their service's; team
 * managers and social workers their team's; an auditor the audits they hold.
 */
@Component
public class ExportQueries {

  private final JdbcTemplate jdbc;

  ExportQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void audits(UserIdentity user, RowCallbackHandler row) {
    StringBuilder where = new StringBuilder();
    java.util.List<Object> args = new java.util.ArrayList<>();
    if (!OrganisationScope.seesWholeCounty(user) && !user.hasRole(Roles.MODERATOR)) {
      where.append(" where (a.auditor = ?");
      args.add(user.username());
      if (user.hasRole(Roles.HEAD_OF_SERVICE) && user.service().isPresent()) {
        where.append(" or a.service_code = ?");
        args.add(user.service().get());
      }
      if (user.hasAnyRole(Roles.TEAM_MANAGER, Roles.SOCIAL_WORKER) && user.team().isPresent()) {
        where.append(" or a.team_code = ?");
        args.add(user.team().get());
      }
      where.append(")");
    }
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(500);
    streaming.query("""
        select a.id, a.child_reference, a.service_code, a.team_code, a.auditor, a.status, a.due_date,
               max(ar.grade) filter (where ar.area = 'SUPERVISION') as supervision,
               max(ar.grade) filter (where ar.area = 'VISITING') as visiting,
               max(ar.grade) filter (where ar.area = 'ASSESSMENT') as assessment,
               max(ar.grade) filter (where ar.area = 'PLANNING') as planning,
               max(ar.grade) filter (where ar.area = 'RECORDING') as recording,
               a.overall_grade, a.final_grade, a.moderation_reason, a.submitted_at, a.closed_at
          from pa.audit a left join pa.audit_area ar on ar.audit_id = a.id
        """ + where + " group by a.id order by a.id desc", row, args.toArray());
  }
}
