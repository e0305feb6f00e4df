package org.practiceassurance.surgery;

import java.util.Map;

/** Input a surgery cannot accept; names every field at fault. Nothing was stored. */
public class InvalidSurgery extends RuntimeException {

  private final transient Map<String, String> errors;

  public InvalidSurgery(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Map.copyOf(errors);
  }

  public InvalidSurgery(String field, String message) {
    this(Map.of(field, message));
  }

  public Map<String, String> errors() {
    return errors;
  }
}
