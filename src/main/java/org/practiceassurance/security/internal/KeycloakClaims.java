package org.practiceassurance.security.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceassurance.security.UserIdentity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads our realm's tokens: realm roles come as the flat {@code roles} claim (a protocol mapper in
 * the realm export), the organisational scope as {@code service}, {@code team} and {@code locality}.
 */
final class KeycloakClaims {

  static final String ROLE_PREFIX = "ROLE_";

  private KeycloakClaims() {}

  static Set<String> roles(Map<String, Object> claims) {
    Set<String> roles = new LinkedHashSet<>();
    if (claims.get("roles") instanceof Collection<?> values) {
      values.forEach(v -> roles.add(String.valueOf(v)));
    } else if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
        && realmAccess.get("roles") instanceof Collection<?> values) {
      values.forEach(v -> roles.add(String.valueOf(v)));
    }
    return roles;
  }

  static List<GrantedAuthority> authorities(Map<String, Object> claims) {
    return roles(claims).stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(ROLE_PREFIX + r)).toList();
  }

  /** The realm role names held as {@code ROLE_*} authorities. */
  static List<String> roleNames(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(ROLE_PREFIX))
        .map(a -> a.substring(ROLE_PREFIX.length())).sorted().toList();
  }

  static UserIdentity identity(Map<String, Object> claims) {
    String username = text(claims, "preferred_username").or(() -> text(claims, "sub")).orElseThrow();
    return new UserIdentity(username, text(claims, "name").orElse(username), text(claims, "email").orElse(null),
        roles(claims), text(claims, "service"), text(claims, "team"), text(claims, "locality"));
  }

  private static Optional<String> text(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value instanceof Collection<?> list) {
      value = list.isEmpty() ? null : list.iterator().next();
    }
    return Optional.ofNullable(value).map(String::valueOf).filter(s -> !s.isBlank());
  }
}
