package org.practiceassurance.security;

import java.util.Optional;

/** The person behind the current request or UI session. */
public interface CurrentUser {

  /** The signed-in person, if any. */
  Optional<UserIdentity> find();

  /** The signed-in person; fails with {@link NotSignedInException} when there is none. */
  default UserIdentity get() {
    return find().orElseThrow(NotSignedInException::new);
  }

  /** Raised when code that needs a person runs without one. */
  class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
      super("No one is signed in");
    }
  }
}
