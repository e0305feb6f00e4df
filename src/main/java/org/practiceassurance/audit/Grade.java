package org.practiceassurance.audit;

/** Ofsted's four-point scale, best first. */
public enum Grade {
  OUTSTANDING("Outstanding"),
  GOOD("Good"),
  REQUIRES_IMPROVEMENT("Requires improvement"),
  INADEQUATE("Inadequate");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Requires improvement and Inadequate must be backed by an evidence narrative. */
  public boolean needsEvidence() {
    return this == REQUIRES_IMPROVEMENT || this == INADEQUATE;
  }
}
