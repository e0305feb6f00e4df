package org.practiceassurance.action;

/**
 * Where an action stands. {@code OPEN} and {@code OVERDUE} are with the owner; {@code
 * DONE_AWAITING_VERIFICATION} waits for someone other than the owner; {@code CLOSED} is final.
 */
public enum ActionStatus {
  OPEN("Open"), OVERDUE("Overdue"), DONE_AWAITING_VERIFICATION("Done, awaiting verification"), CLOSED("Closed");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  /** How people read it. */
  public String label() {
    return label;
  }

  /** With the owner: progress notes may be recorded and it may be marked done. */
  public boolean isWithOwner() {
    return this == OPEN || this == OVERDUE;
  }
}
