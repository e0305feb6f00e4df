package org.practiceassurance.workflow;

/** Someone else acted on the task first (claimed or completed it); the caller's input is kept. */
public class TaskConflictException extends RuntimeException {

  public TaskConflictException(String message) {
    super(message);
  }
}
