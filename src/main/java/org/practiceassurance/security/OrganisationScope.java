package org.practiceassurance.security;

/**
 * Who may see work about a child's file, by where the file sits in the organisation. Quality
 * managers, directors and administrators see the whole county; a head of service sees their
 * service; team managers and social workers see their team. Capabilities add their own rules on
 * top (an auditor sees the audits assigned to them; a moderator the audits offered to them).
 */
public final class OrganisationScope {

  private OrganisationScope() {}

  public static boolean seesWholeCounty(UserIdentity user) {
    return user.hasAnyRole(Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN);
  }

  /** @param serviceCode e.g. {@code CF}; @param teamCode e.g. {@code CF-STR-1} */
  public static boolean canSee(UserIdentity user, String serviceCode, String teamCode) {
    if (seesWholeCounty(user)) {
      return true;
    }
    if (user.hasRole(Roles.HEAD_OF_SERVICE) && user.service().filter(s -> s.equals(serviceCode)).isPresent()) {
      return true;
    }
    return user.hasAnyRole(Roles.TEAM_MANAGER, Roles.SOCIAL_WORKER)
        && user.team().filter(t -> t.equals(teamCode)).isPresent();
  }
}
