package org.practiceassurance.dipsample;

/** The answer to a Yes / Partly / No / Not applicable question. */
public enum Answer {
  YES("Yes"), PARTLY("Partly"), NO("No"), NOT_APPLICABLE("Not applicable");

  private final String label;

  Answer(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
