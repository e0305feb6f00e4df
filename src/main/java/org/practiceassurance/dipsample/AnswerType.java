package org.practiceassurance.dipsample;

/** How a dip-sample question is answered. */
public enum AnswerType {
  /** Yes / Partly / No / Not applicable: the answers compliance is counted from. */
  YES_PARTLY_NO_NA("Yes / Partly / No / N/A"),
  /** A whole number, e.g. days from referral to assessment completion. */
  NUMBER("Number"),
  /** Free text, e.g. what must happen now to keep the child safe. */
  TEXT("Text");

  private final String label;

  AnswerType(String label) {
    this.label = label;
  }

  /** The answer type in plain words, as screens show it. */
  public String label() {
    return label;
  }
}
