package org.practiceassurance.dipsample;

import java.util.Map;

/** A dip sample design, review or findings that cannot be accepted; names every field at fault. */
public class InvalidDipSample extends RuntimeException {

  private final transient Map<String, String> errors;

  public InvalidDipSample(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Map.copyOf(errors);
  }

  public InvalidDipSample(String field, String message) {
    this(Map.of(field, message));
  }

  /** Field name → what is wrong with it. */
  public Map<String, String> errors() {
    return errors;
  }
}
