package org.practiceassurance.insight.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.insight.InsightFilter;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * A dashboard filter narrowed to what the viewer may see, and the SQL conditions that apply it.
 * Quality managers, directors and administrators read the whole county; a head of service their
 * service; a team manager their team. A filter reaching outside that scope is refused, never widened
 * or silently emptied.
 */
public final class ViewerScope {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private final InsightFilter filter;

  private ViewerScope(InsightFilter filter) {
    this.filter = filter;
  }

  /** Who may read dashboards at all. */
  public static boolean mayReadDashboards(UserIdentity user) {
    return OrganisationScope.seesWholeCounty(user)
        || user.hasRole(Roles.HEAD_OF_SERVICE) && user.service().isPresent()
        || user.hasRole(Roles.TEAM_MANAGER) && user.team().isPresent();
  }

  public static ViewerScope of(UserIdentity user, InsightFilter requested, CaseFiles caseFiles) {
    InsightFilter filter = requested;
    if (filter.locality() != null) {
      String spelling = caseFiles.teams().stream().map(Team::locality).filter(l -> l != null)
          .filter(l -> l.equalsIgnoreCase(requested.locality())).findFirst().orElse(requested.locality());
      filter = filter.withLocality(spelling);
    }
    if (OrganisationScope.seesWholeCounty(user)) {
      return new ViewerScope(filter);
    }
    if (user.hasRole(Roles.HEAD_OF_SERVICE) && user.service().isPresent()) {
      String service = user.service().get();
      if (filter.serviceCode() != null && !filter.serviceCode().equals(service)) {
        throw new AccessDeniedException("You see service " + service + " only, not " + filter.serviceCode() + ".");
      }
      if (filter.teamCode() != null) {
        Optional<Team> team = caseFiles.team(filter.teamCode());
        if (team.isEmpty() || !team.get().serviceCode().equals(service)) {
          throw new AccessDeniedException("Team " + filter.teamCode() + " is not in your service (" + service + ").");
        }
      }
      return new ViewerScope(filter.withService(service));
    }
    if (user.hasRole(Roles.TEAM_MANAGER) && user.team().isPresent()) {
      String teamCode = user.team().get();
      if (filter.teamCode() != null && !filter.teamCode().equals(teamCode)) {
        throw new AccessDeniedException("You see team " + teamCode + " only, not " + filter.teamCode() + ".");
      }
      Team team = caseFiles.team(teamCode).orElse(null);
      if (team != null && filter.serviceCode() != null && !filter.serviceCode().equals(team.serviceCode())) {
        throw new AccessDeniedException("You see team " + teamCode + " only, which is not in service "
            + filter.serviceCode() + ".");
      }
      return new ViewerScope(filter.withTeam(teamCode));
    }
    throw new AccessDeniedException(
        "Dashboards are for quality managers, directors, heads of service and team managers.");
  }

  /** The filter as applied: the viewer's own service or team filled in. */
  public InsightFilter filter() {
    return filter;
  }

  /** The first instant of the filter's first month, UK time. */
  Instant start() {
    return filter.from().atDay(1).atStartOfDay(UK).toInstant();
  }

  /** The first instant after the filter's last month, UK time. */
  Instant end() {
    return filter.to().plusMonths(1).atDay(1).atStartOfDay(UK).toInstant();
  }

  /**
   * {@code " and ..."} conditions on a table's service and team columns for the service, team and
   * locality of the filter, with their parameters added to {@code params}.
   */
  String where(String serviceColumn, String teamColumn, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder();
    if (filter.serviceCode() != null) {
      sql.append(" and ").append(serviceColumn).append(" = :service");
      params.addValue("service", filter.serviceCode());
    }
    if (filter.teamCode() != null) {
      sql.append(" and ").append(teamColumn).append(" = :team");
      params.addValue("team", filter.teamCode());
    }
    if (filter.locality() != null) {
      sql.append(" and ").append(teamColumn).append(" in (select code from pa.team where locality = :locality)");
      params.addValue("locality", filter.locality());
    }
    return sql.toString();
  }
}
