package org.practiceassurance.audit;

public enum AuditStatus {
  ASSIGNED("Assigned"),
  IN_PROGRESS("In progress"),
  IN_MODERATION("In moderation"),
  RETURNED("Returned for rework"),
  AWAITING_ACTIONS("Awaiting actions"),
  CLOSED("Closed");

  private final String label;

  AuditStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The auditor may still change the audit. */
  public boolean editable() {
    return this == ASSIGNED || this == IN_PROGRESS || this == RETURNED;
  }
}
