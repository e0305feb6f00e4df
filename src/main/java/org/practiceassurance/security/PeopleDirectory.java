package org.practiceassurance.security;

import java.util.List;
import java.util.Optional;

/**
 * Looks people up in the identity provider: whom to email, who heads a service, who holds a role.
 * Answers come from a cache that is at most {@code pa.people.cache-ttl} old (ADR 19): someone
 * removed in Keycloak may still be listed until it expires. Only enabled accounts are listed, and
 * only realm roles granted to the person directly (not through a group) count.
 */
public interface PeopleDirectory {

  /** The person's email address, if they exist and have one. */
  Optional<String> emailOf(String username);

  /** Usernames of the heads of service whose {@code service} attribute is the given code. */
  List<String> headsOfService(String serviceCode);

  /** Usernames of everyone holding a realm role, e.g. every auditor. */
  List<String> withRole(String role);

  /**
   * The person as the rest of the code knows a signed-in user: display name, email, the realm roles
   * of {@link Roles#ALL} they hold, and their {@code service}, {@code team} and {@code locality}.
   * Empty if there is no enabled account with that username.
   */
  Optional<UserIdentity> person(String username);

  /** Everyone holding a realm role, in the shape of {@link #person}, sorted by display name (for pickers). */
  List<UserIdentity> peopleWithRole(String role);

  /** Keycloak could not be asked: it is down, did not answer within the timeouts, or refused the app. */
  class Unavailable extends RuntimeException {

    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
