package org.practiceassurance.workflow;

import java.time.Instant;

/**
 * A user task as a person's task list shows it.
 *
 * @param businessKey what the work is about, e.g. a child's reference
 * @param formRoute the Vaadin route of the task's form (the BPMN form key {@code route:<path>}), the
 *     task id appended; null for a task that needs no input beyond "done"
 * @param teamCode the team the work is about (process variable {@code teamCode}), if any
 */
public record WorkTask(
    String id, String name, String processName, String processDefinitionKey, String businessKey,
    Instant created, Instant due, String assignee, String formRoute, String teamCode) {

  /** The form-key prefix that names a Vaadin route: {@code camunda:formKey="route:audits/form"}. */
  public static final String ROUTE_FORM_KEY = "route:";

  public boolean isOverdue(Instant now) {
    return due != null && due.isBefore(now);
  }

  public boolean isAssignedTo(String username) {
    return username.equals(assignee);
  }
}
