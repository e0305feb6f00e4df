package org.practiceassurance.audit;

/** The practice fundamentals every audit grades. */
public enum PracticeArea {
  SUPERVISION("Supervision & management oversight"),
  VISITING("Visiting & direct work"),
  ASSESSMENT("Assessment of needs, risks and circumstances"),
  PLANNING("Planning & reviewing"),
  RECORDING("Case recording");

  private final String label;

  PracticeArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
