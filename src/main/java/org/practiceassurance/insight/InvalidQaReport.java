package org.practiceassurance.insight;

import java.util.Map;

/** A report that cannot be published as it stands: what is wrong, by {@link ReportSection#key()}. */
public class InvalidQaReport extends RuntimeException {

  private final transient Map<String, String> errors;

  public InvalidQaReport(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}
