package org.practiceassurance.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link OrganisationScope} as query parameters, so that a list is filtered by the viewer's scope in
 * SQL (never read whole and filtered in Java). A query reads
 * {@code (:wholeCounty = true or x.serviceCode in :services or x.teamCode in :teams)} with
 * {@link #wholeCounty()}, {@link #servicesForQuery()} and {@link #teamsForQuery()}.
 *
 * @param serviceCodes services seen whole (a head of service's)
 * @param teamCodes teams seen (a team manager's or social worker's)
 */
public record VisibleScope(boolean wholeCounty, Set<String> serviceCodes, Set<String> teamCodes) {

  /** Matches no service or team code: stands in for an empty collection, which SQL's {@code in ()} refuses. */
  private static final List<String> NOTHING = List.of("");

  public VisibleScope {
    serviceCodes = Set.copyOf(serviceCodes);
    teamCodes = Set.copyOf(teamCodes);
  }

  /** What this person may see by where they sit in the organisation (the rule of {@link OrganisationScope#canSee}). */
  public static VisibleScope of(UserIdentity user) {
    if (OrganisationScope.seesWholeCounty(user)) {
      return new VisibleScope(true, Set.of(), Set.of());
    }
    Set<String> services = new TreeSet<>();
    Set<String> teams = new TreeSet<>();
    if (user.hasRole(Roles.HEAD_OF_SERVICE)) {
      user.service().ifPresent(services::add);
    }
    if (user.hasAnyRole(Roles.TEAM_MANAGER, Roles.SOCIAL_WORKER)) {
      user.team().ifPresent(teams::add);
    }
    return new VisibleScope(false, services, teams);
  }

  /** True when the person sees no case file at all by their place in the organisation (e.g. an auditor). */
  public boolean isEmpty() {
    return !wholeCounty && serviceCodes.isEmpty() && teamCodes.isEmpty();
  }

  public boolean includes(String serviceCode, String teamCode) {
    return wholeCounty || serviceCodes.contains(serviceCode) || teamCodes.contains(teamCode);
  }

  public List<String> servicesForQuery() {
    return serviceCodes.isEmpty() ? NOTHING : List.copyOf(serviceCodes);
  }

  public List<String> teamsForQuery() {
    return teamCodes.isEmpty() ? NOTHING : List.copyOf(teamCodes);
  }
}
