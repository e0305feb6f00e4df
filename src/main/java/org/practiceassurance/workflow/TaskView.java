package org.practiceassurance.workflow;

/**
 * The task list's built-in filters. Every one puts urgent work first. A task whose follow-up date has
 * not come is left out of all but {@link #FOLLOW_UP_LATER}, unless it is urgent: urgent work is never put off.
 */
public enum TaskView {
  /** Assigned to me, or unclaimed and offered to me or one of my roles (and not barred to me). */
  MY_WORK("My work"),
  ASSIGNED("Assigned to me"),
  OFFERED("Offered to me"),
  URGENT("Urgent"),
  OVERDUE("Overdue"),
  /** Tasks I hold whose follow-up date has come. */
  FOLLOW_UP_DUE("Follow-up due"),
  /** Tasks I hold that I asked to be reminded of later. */
  FOLLOW_UP_LATER("Follow up later"),
  /**
   * Everything open in the part of the organisation I manage, whoever holds it: a team manager's team,
   * a head of service's service, the whole county for a quality manager. Only for those roles.
   */
  TEAM("My team's work");

  private final String label;

  TaskView(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
