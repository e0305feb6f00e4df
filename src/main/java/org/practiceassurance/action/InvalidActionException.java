package org.practiceassurance.action;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be accepted; nothing was stored. {@link #errors()} maps each field at fault
 * (the request's component name, e.g. {@code dueDate}, {@code owner}, {@code reason}) to what is
 * wrong with it, so a form can show every message beside its field.
 */
public class InvalidActionException extends IllegalArgumentException {

  private final Map<String, String> errors;

  public InvalidActionException(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Map.copyOf(new LinkedHashMap<>(errors));
  }

  public InvalidActionException(String field, String message) {
    this(Map.of(field, message));
  }

  public Map<String, String> errors() {
    return errors;
  }

  /** The message for one field, or null if that field is fine. */
  public String errorFor(String field) {
    return errors.get(field);
  }
}
