package org.practiceassurance.security;

import java.util.List;

/** The Keycloak realm roles, as names usable in {@code @RolesAllowed} and as Camunda groups. */
public final class Roles {

  public static final String AUDITOR = "auditor";
  public static final String MODERATOR = "moderator";
  public static final String HEAD_OF_SERVICE = "head-of-service";
  public static final String TEAM_MANAGER = "team-manager";
  public static final String SOCIAL_WORKER = "social-worker";
  public static final String QUALITY_MANAGER = "quality-manager";
  public static final String DIRECTOR = "director";
  public static final String ADMIN = "admin";

  public static final List<String> ALL = List.of(AUDITOR, MODERATOR, HEAD_OF_SERVICE, TEAM_MANAGER,
      SOCIAL_WORKER, QUALITY_MANAGER, DIRECTOR, ADMIN);

  private Roles() {}
}
