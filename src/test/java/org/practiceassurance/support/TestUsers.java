package org.practiceassurance.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Signs a demo user in, in-process, exactly as an OIDC login leaves them: an {@link
 * OAuth2AuthenticationToken} around an ID token carrying the claims our realm issues. (The real
 * Keycloak login is exercised by the end-to-end and REST tests.)
 */
public final class TestUsers {

  private TestUsers() {}

  public static void signIn(String username, List<String> roles, String service, String team) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "sub-" + username);
    claims.put("preferred_username", username);
    claims.put("name", "Demo " + username);
    claims.put("email", username + "@example.org");
    claims.put("roles", roles);
    if (service != null) {
      claims.put("service", service);
    }
    if (team != null) {
      claims.put("team", team);
    }
    OidcIdToken idToken = new OidcIdToken("token-" + username, Instant.now(), Instant.now().plusSeconds(300), claims);
    List<GrantedAuthority> authorities = roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    DefaultOidcUser user = new DefaultOidcUser(authorities, idToken, "preferred_username");
    SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, authorities, "keycloak"));
  }

  public static void auditor1() {
    signIn("auditor1", List.of("auditor"), "QA", "QA-AUDIT");
  }

  public static void auditor2() {
    signIn("auditor2", List.of("auditor", "team-manager"), "RA", "RA-GLO-1");
  }

  public static void qm1() {
    signIn("qm1", List.of("quality-manager"), "QA", "QA-AUDIT");
  }

  public static void tm1() {
    signIn("tm1", List.of("team-manager"), "CF", "CF-STR-1");
  }

  public static void admin1() {
    signIn("admin1", List.of("admin"), null, null);
  }

  public static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
