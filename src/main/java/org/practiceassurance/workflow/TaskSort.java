package org.practiceassurance.workflow;

/** What a task list is ordered by. Urgent work comes first whatever is chosen; ties go by priority, due date, age. */
public enum TaskSort {
  PRIORITY("Priority"),
  DUE("Due"),
  CREATED("Created"),
  CHILD("Child"),
  TEAM("Team"),
  PROCESS("Process");

  private final String label;

  TaskSort(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
