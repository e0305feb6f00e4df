package org.practiceassurance.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who a signed-in person is, from their Keycloak token: username, realm roles and the organisational
 * scope (service, team, locality codes) that decides which case files they may see.
 */
public record UserIdentity(
    String username, String displayName, String email, Set<String> roles,
    Optional<String> service, Optional<String> team, Optional<String> locality) {

  public UserIdentity {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(String... candidates) {
    for (String role : candidates) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
