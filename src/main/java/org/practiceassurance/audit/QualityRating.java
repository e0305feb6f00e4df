package org.practiceassurance.audit;

/** A moderator's rating of the quality of the audit itself. */
public enum QualityRating {
  GOOD("Good"), ADEQUATE("Adequate"), NEEDS_DEVELOPMENT("Needs development");

  private final String label;

  QualityRating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
