package org.practiceassurance.insight;

/** Which actions a dashboard count stands for, to list the actions behind it. */
public enum ActionState {
  /** With their owner, not past their due date. */
  OPEN("Open"),
  /** With their owner, past their due date. */
  OVERDUE("Overdue"),
  /** Done, waiting for someone else to verify them. */
  AWAITING_VERIFICATION("Awaiting verification"),
  /** Closed within the dashboard's months. */
  CLOSED("Closed"),
  /** Not yet closed. */
  OUTSTANDING("Not yet closed");

  private final String label;

  ActionState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
