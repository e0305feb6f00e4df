package org.practiceassurance.security;

import java.util.List;
import java.util.Optional;

/** Looks people up in the identity provider: whom to email, who heads a service. */
public interface PeopleDirectory {

  /** The person's email address, if they exist and have one. */
  Optional<String> emailOf(String username);

  /** Usernames of the heads of service whose {@code service} attribute is the given code. */
  List<String> headsOfService(String serviceCode);
}
