package org.practiceassurance.audit;

import java.util.Map;

/**
 * A form that cannot be submitted yet. {@link #problems()} maps each field at fault (e.g.
 * {@code grade.PLANNING}, {@code evidence.VISITING}, {@code overallGradeReason}) to what to fix.
 */
public class InvalidSubmission extends IllegalArgumentException {

  private final Map<String, String> problems;

  public InvalidSubmission(Map<String, String> problems) {
    super("Not ready to submit: " + String.join("; ", problems.values()));
    this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
  }

  public Map<String, String> problems() {
    return problems;
  }
}
