package org.practiceassurance.workflow;

import java.time.Instant;

/**
 * A user task as a person's task list shows it.
 *
 * @param businessKey what the work is about as its process names it, e.g. a child's reference, an
 *     action ({@code A-000123}) or a dip sample ({@code DS-12})
 * @param formRoute the Vaadin route of the task's form (the BPMN form key {@code route:<path>}), the
 *     task id appended; null for a task that needs no input beyond "done"
 * @param teamCode the team the work is about (process variable {@code teamCode}), if any
 * @param childReference the child the work is about (process variable {@code childReference}), if any
 * @param serviceCode the service the work is about (process variable {@code serviceCode}), if any
 * @param priority the engine's task priority; {@value #URGENT_PRIORITY} and above is urgent
 * @param followUp when the holder asked to be reminded; until then the task is left out of the default lists
 */
public record WorkTask(
    String id, String name, String processName, String processDefinitionKey, String businessKey,
    Instant created, Instant due, String assignee, String formRoute, String teamCode,
    String childReference, String serviceCode, int priority, Instant followUp) {

  /** The form-key prefix that names a Vaadin route: {@code camunda:formKey="route:audits/form"}. */
  public static final String ROUTE_FORM_KEY = "route:";

  /** Tasks at this priority or above (child-at-risk work: {@code camunda:priority="100"}) are urgent. */
  public static final int URGENT_PRIORITY = 100;

  /** How a task is listed: its name, or for a task the model left unnamed its step's id (never nothing). */
  public static String listedName(String name, String taskDefinitionKey, String taskId) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return taskDefinitionKey != null ? taskDefinitionKey : "Task " + taskId;
  }

  public boolean isOverdue(Instant now) {
    return due != null && due.isBefore(now);
  }

  public boolean isAssignedTo(String username) {
    return username.equals(assignee);
  }

  public boolean isUrgent() {
    return priority >= URGENT_PRIORITY;
  }

  /** The child the work is about if there is one, else what its process names it by. */
  public String about() {
    return childReference != null ? childReference : businessKey;
  }

  /**
   * What the work is about in words that tell two tasks apart: the process's own name for it (an
   * action's id, a dip sample's) and the child when that is not the same, e.g. {@code A-000055, child CH-12}.
   */
  public String aboutInFull() {
    if (businessKey == null || businessKey.equals(childReference)) {
      return about();
    }
    return childReference == null ? businessKey : businessKey + ", child " + childReference;
  }
}
