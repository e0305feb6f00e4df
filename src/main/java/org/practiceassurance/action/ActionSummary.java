package org.practiceassurance.action;

import java.time.Instant;
import java.time.LocalDate;

/** One action as a row of the register shows it. */
public record ActionSummary(
    String id, String source, String sourceId, String childReference, String description, String owner,
    String raisedBy, String serviceCode, String teamCode, Priority priority, LocalDate dueDate,
    ActionStatus status, Instant createdAt, Instant doneAt, Instant closedAt, String closedBy) {

  /** Past its due date and still with its owner (the overdue timer may not have fired yet). */
  public boolean isOverdue(LocalDate today) {
    return status == ActionStatus.OVERDUE || status == ActionStatus.OPEN && dueDate.isBefore(today);
  }
}
