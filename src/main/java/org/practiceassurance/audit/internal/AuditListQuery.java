package org.practiceassurance.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.practiceassurance.audit.AuditFilter;
import org.practiceassurance.audit.AuditStatus;
import org.practiceassurance.audit.AuditSummary;
import org.practiceassurance.audit.CaseFileAudits.InvalidAuditRequest;
import org.practiceassurance.audit.Grade;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Audits list in SQL (ADR 16, ADR 21). A viewer who does not see the whole county reads one branch
 * per part of their scope (each service, each team, the audits they hold), each in the page's order
 * from its own index and cut at the end of the page, and the branches are merged: a page never reads
 * the county to keep a few rows. How many audits match is summed from {@code audit_tally} when the
 * filter only names what it counts (team, auditor, status, grade), and counted otherwise.
 */
@Component
public class AuditListQuery {

  /** Who sees which audit, as query parameters: everything, or these services, teams and the audits they hold. */
  public record Scope(boolean everything, Set<String> services, Set<String> teams, String auditor) {

    public Scope {
      services = Set.copyOf(services);
      teams = Set.copyOf(teams);
    }
  }

  /** The sort properties the list offers (REST and the grid name them so), as SQL. */
  public static final Map<String, String> SORTS = sorts();
  public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "createdAt");

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Pattern REFERENCE_PREFIX = Pattern.compile("[A-Z0-9-]{1,40}");
  private static final String COLUMNS = "a.id, a.child_reference, a.service_code, a.team_code, a.auditor, a.due_date,"
      + " a.status, a.overall_grade, a.final_grade, a.moderation_reason, a.created_at, a.submitted_at";

  private final NamedParameterJdbcTemplate jdbc;

  AuditListQuery(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private static Map<String, String> sorts() {
    Map<String, String> sorts = new LinkedHashMap<>();
    sorts.put("childReference", "a.child_reference");
    sorts.put("teamCode", "a.team_code");
    sorts.put("auditor", "a.auditor");
    sorts.put("dueDate", "a.due_date");
    sorts.put("status", "pa.audit_status_rank(a.status)");
    sorts.put("createdAt", "a.created_at");
    sorts.put("submittedAt", "a.submitted_at");
    return Collections.unmodifiableMap(sorts);
  }

  public List<AuditSummary> rows(Scope scope, AuditFilter filter, Pageable page) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filters(filter, params);
    String order = orderBy(page.getSort());
    params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset())
        .addValue("reach", page.getOffset() + page.getPageSize());
    String sql;
    if (scope.everything()) {
      sql = "select " + COLUMNS + " from pa.audit a where true" + where + " order by " + order
          + " limit :limit offset :offset";
    } else {
      List<String> branches = new ArrayList<>();
      int i = 0;
      for (String service : scope.services()) {
        params.addValue("service" + i, service);
        branches.add("a.service_code = :service" + i++);
      }
      for (String team : scope.teams()) {
        params.addValue("team" + i, team);
        branches.add("a.team_code = :team" + i++);
      }
      params.addValue("me", scope.auditor());
      branches.add("a.auditor = :me");
      StringBuilder union = new StringBuilder();
      for (String branch : branches) {
        union.append(union.isEmpty() ? "" : " union ").append("(select ").append(COLUMNS).append(" from pa.audit a where ")
            .append(branch).append(where).append(" order by ").append(order).append(" limit :reach)");
      }
      sql = "select a.* from (" + union + ") a order by " + order + " limit :limit offset :offset";
    }
    return jdbc.query(sql, params, AuditListQuery::summary);
  }

  public long count(Scope scope, AuditFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (filter.childReference() == null && !filter.hasDateRange()) {
      StringBuilder sql = new StringBuilder("select coalesce(sum(t.audits), 0) from pa.audit_tally t where true");
      if (!scope.everything()) {
        sql.append(" and (t.auditor = :me or t.service_code in (:services) or t.team_code in (:teams))");
        scopeParams(scope, params);
      }
      if (filter.teamCode() != null) {
        sql.append(" and t.team_code = :team");
        params.addValue("team", filter.teamCode());
      }
      if (filter.auditor() != null) {
        sql.append(" and t.auditor = :auditor");
        params.addValue("auditor", filter.auditor());
      }
      if (filter.status() != null) {
        sql.append(" and t.status = :status");
        params.addValue("status", filter.status().name());
      }
      if (filter.grade() != null) {
        sql.append(" and t.grade = :grade");
        params.addValue("grade", filter.grade().name());
      }
      return jdbc.queryForObject(sql.toString(), params, Long.class);
    }
    String where = filters(filter, params);
    String scoped = "";
    if (!scope.everything()) {
      scoped = " and (a.auditor = :me or a.service_code in (:services) or a.team_code in (:teams))";
      scopeParams(scope, params);
    }
    return jdbc.queryForObject("select count(*) from pa.audit a where true" + scoped + where, params, Long.class);
  }

  private static void scopeParams(Scope scope, MapSqlParameterSource params) {
    // "in ()" is not SQL: an empty part of the scope matches no code.
    params.addValue("me", scope.auditor())
        .addValue("services", scope.services().isEmpty() ? List.of("") : List.copyOf(scope.services()))
        .addValue("teams", scope.teams().isEmpty() ? List.of("") : List.copyOf(scope.teams()));
  }

  private static String filters(AuditFilter filter, MapSqlParameterSource params) {
    StringBuilder where = new StringBuilder();
    if (filter.childReference() != null) {
      if (!REFERENCE_PREFIX.matcher(filter.childReference()).matches()) {
        throw new InvalidAuditRequest("childReference", "A child reference is letters, digits and dashes.");
      }
      where.append(" and a.child_reference like :childPrefix");
      params.addValue("childPrefix", filter.childReference() + "%");
    }
    if (filter.teamCode() != null) {
      where.append(" and a.team_code = :teamCode");
      params.addValue("teamCode", filter.teamCode());
    }
    if (filter.auditor() != null) {
      where.append(" and a.auditor = :auditorName");
      params.addValue("auditorName", filter.auditor());
    }
    if (filter.status() != null) {
      where.append(" and a.status = :statusName");
      params.addValue("statusName", filter.status().name());
    }
    if (filter.grade() != null) {
      where.append(" and a.status in ('AWAITING_ACTIONS', 'CLOSED') and a.final_grade = :gradeName");
      params.addValue("gradeName", filter.grade().name());
    }
    if (filter.hasDateRange()) {
      if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
        throw new InvalidAuditRequest("to", "The last day is before the first.");
      }
      if (filter.dates() == AuditFilter.Dates.DUE) {
        where.append(filter.from() == null ? "" : " and a.due_date >= :fromDay")
            .append(filter.to() == null ? "" : " and a.due_date <= :toDay");
        params.addValue("fromDay", filter.from()).addValue("toDay", filter.to());
      } else {
        String column = filter.dates() == AuditFilter.Dates.SUBMITTED ? "a.submitted_at" : "a.created_at";
        where.append(filter.from() == null ? "" : " and " + column + " >= :fromInstant")
            .append(filter.to() == null ? "" : " and " + column + " < :toInstant");
        params.addValue("fromInstant", startOf(filter.from())).addValue("toInstant", startOf(
            filter.to() == null ? null : filter.to().plusDays(1)));
      }
    }
    return where.toString();
  }

  private static Timestamp startOf(LocalDate day) {
    return day == null ? null : Timestamp.from(day.atStartOfDay(UK).toInstant());
  }

  /**
   * The page's order, then the id so that pages never overlap. Refuses what the list does not offer.
   * Not yet submitted comes last whichever way "submitted" is sorted.
   */
  static String orderBy(Sort sort) {
    Sort effective = sort.isSorted() ? sort : DEFAULT_SORT;
    StringBuilder order = new StringBuilder();
    Set<String> used = new HashSet<>();
    Sort.Direction last = Sort.Direction.DESC;
    for (Sort.Order o : effective) {
      String column = SORTS.get(o.getProperty());
      if (column == null) {
        throw new InvalidAuditRequest("sort", "Audits cannot be sorted by \"" + o.getProperty() + "\"; sort by one of "
            + String.join(", ", SORTS.keySet()) + ".");
      }
      if (!used.add(column)) {
        continue;
      }
      order.append(column).append(o.isAscending() ? " asc" : " desc");
      if (o.getProperty().equals("submittedAt")) {
        order.append(o.isAscending() ? " nulls first" : " nulls last");
      }
      order.append(", ");
      last = o.getDirection();
    }
    return order.append("a.id ").append(last == Sort.Direction.ASC ? "asc" : "desc").toString();
  }

  private static AuditSummary summary(ResultSet rs, int row) throws SQLException {
    AuditStatus status = AuditStatus.valueOf(rs.getString("status"));
    Grade finalGrade = grade(rs.getString("final_grade"));
    return new AuditSummary(rs.getLong("id"), rs.getString("child_reference"), rs.getString("service_code"),
        rs.getString("team_code"), rs.getString("auditor"), rs.getObject("due_date", LocalDate.class), status,
        grade(rs.getString("overall_grade")), status.gradeDecided() ? finalGrade : null, rs.getString("moderation_reason"),
        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("submitted_at")));
  }

  private static Grade grade(String name) {
    return name == null ? null : Grade.valueOf(name);
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
