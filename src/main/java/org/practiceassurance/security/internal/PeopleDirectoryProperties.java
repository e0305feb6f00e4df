package org.practiceassurance.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The people directory's settings ({@code pa.people.*}); nothing needs configuring.
 *
 * @param cacheTtl how long a role's members (and a person looked up by name) are kept before Keycloak
 *     is asked again (default 5 minutes; zero asks every time; see docs/adr/0019-people-directory-cache.md)
 * @param connectTimeout how long to wait for a connection to Keycloak (default 2 s)
 * @param readTimeout how long to wait for Keycloak's answer to one request (default 5 s)
 */
@ConfigurationProperties("pa.people")
public record PeopleDirectoryProperties(Duration cacheTtl, Duration connectTimeout, Duration readTimeout) {

  public PeopleDirectoryProperties {
    cacheTtl = cacheTtl == null || cacheTtl.isNegative() ? Duration.ofMinutes(5) : cacheTtl;
    connectTimeout = positiveOr(connectTimeout, Duration.ofSeconds(2));
    readTimeout = positiveOr(readTimeout, Duration.ofSeconds(5));
  }

  public static PeopleDirectoryProperties defaults() {
    return new PeopleDirectoryProperties(null, null, null);
  }

  private static Duration positiveOr(Duration value, Duration fallback) {
    return value == null || value.isNegative() || value.isZero() ? fallback : value;
  }
}
