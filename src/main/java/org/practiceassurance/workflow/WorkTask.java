package org.practiceassurance.workflow;

import java.time.Instant;

/**
 * A user task as a person's task list shows it.
 *
 * @param businessKey what the work is about, e.g. a child's reference
 */
public record WorkTask(
    String id, String name, String processName, String processDefinitionKey, String businessKey,
    Instant created, Instant due, String assignee) {

  public boolean isOverdue(Instant now) {
    return due != null && due.isBefore(now);
  }

  public boolean isAssignedTo(String username) {
    return username.equals(assignee);
  }
}
