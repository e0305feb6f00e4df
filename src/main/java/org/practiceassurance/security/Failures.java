package org.practiceassurance.security;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * How a failure is told to a person, on screen and over REST alike: a database refusal in plain
 * words (never the SQL, a constraint's name or the values), and for anything unexpected a short
 * reference they can quote, under which the failure is logged in full.
 */
public final class Failures {

  /** Crockford's base 32: no I, L, O or U to misread. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Failures() {}

  /** A new reference such as {@code 7K3M-9Q2X}: 40 random bits, to log with the failure and show to the person. */
  public static String reference() {
    StringBuilder reference = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return reference.toString();
  }

  /** The first failure of {@code type} in the chain of causes, starting with {@code failure} itself. */
  public static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /**
   * What the database refused, when {@code failure} is (or was caused by) an integrity violation: a
   * duplicate, a missing or still-used related record, a missing required value or a value out of
   * bounds. Empty for any other failure.
   */
  public static Optional<String> databaseRefusal(Throwable failure) {
    boolean integrity = false;
    String sqlState = null;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      integrity |= t instanceof DataIntegrityViolationException;
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        sqlState = sql.getSQLState();
      }
    }
    // SQL's class 23 is "integrity constraint violation", whoever threw it.
    if (!integrity && (sqlState == null || !sqlState.startsWith("23"))) {
      return Optional.empty();
    }
    return Optional.of(switch (sqlState == null ? "" : sqlState) {
      case "23505" -> "This would duplicate a record that already exists, so nothing was saved.";
      case "23503" -> "This refers to a record that does not exist, or removes one that others still refer to,"
          + " so nothing was saved.";
      case "23502" -> "A required value was missing, so nothing was saved.";
      case "23514" -> "A value is outside what is allowed, so nothing was saved.";
      default -> "The database refused this change as it stands, so nothing was saved.";
    });
  }
}
