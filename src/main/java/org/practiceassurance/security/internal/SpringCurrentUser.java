package org.practiceassurance.security.internal;

import java.util.Optional;
import java.util.Set;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.UserIdentity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The current user from Spring Security's context: an OIDC login (UI) or a bearer token (REST). */
@Component
class SpringCurrentUser implements CurrentUser {

  @Override
  public Optional<UserIdentity> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    if (auth.getPrincipal() instanceof OidcUser oidc) {
      return Optional.of(KeycloakClaims.identity(oidc.getClaims()));
    }
    if (auth.getPrincipal() instanceof Jwt jwt) {
      return Optional.of(KeycloakClaims.identity(jwt.getClaims()));
    }
    // Any other authentication (e.g. a service account in a test): name and roles only, no scope.
    return Optional.of(new UserIdentity(auth.getName(), auth.getName(), null,
        Set.copyOf(KeycloakClaims.roleNames(auth.getAuthorities())),
        Optional.empty(), Optional.empty(), Optional.empty()));
  }
}
