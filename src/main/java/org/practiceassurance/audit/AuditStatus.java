package org.practiceassurance.audit;

/** Where an audit stands, in the order of its lifecycle (the Audits list sorts by it). */
public enum AuditStatus {
  /** Offered to every auditor until one claims it. */
  UNASSIGNED("Waiting for an auditor"),
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
    return this == UNASSIGNED || this == ASSIGNED || this == IN_PROGRESS || this == RETURNED;
  }

  /** Open: not closed yet (a child has one open audit at a time). */
  public boolean open() {
    return this != CLOSED;
  }

  /** The final grade stands: moderation accepted it, or the audit went on without moderation. */
  public boolean gradeDecided() {
    return this == AWAITING_ACTIONS || this == CLOSED;
  }
}
