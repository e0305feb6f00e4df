package org.practiceassurance.workflow;

import org.springframework.security.access.AccessDeniedException;

/** The person may not act on this task: not in its candidate groups, or not its assignee. */
public class TaskAccessDeniedException extends AccessDeniedException {

  public TaskAccessDeniedException(String message) {
    super(message);
  }
}
