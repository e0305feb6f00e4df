package org.practiceassurance.action;

import java.util.List;

/**
 * An action with its whole history, oldest first, as a form shows it.
 *
 * @param taskId the task the person opened this for, or null when read outside a task
 */
public record ActionDetails(ActionSummary action, List<ActionHistoryItem> history, String taskId) {

  public ActionDetails {
    history = List.copyOf(history);
  }
}
