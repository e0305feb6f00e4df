package org.practiceassurance.workflow;

import java.time.Instant;

/**
 * One thing that happened to a task of a case.
 *
 * @param actor who did it (null when the process did it, e.g. assigned a task to the auditor chosen for it)
 * @param person whom it concerned: the person a task was assigned or handed over to, or handed back by
 */
public record TaskEvent(Instant at, Kind kind, String taskName, String actor, String person) {

  public enum Kind {
    CREATED("Created"),
    ASSIGNED("Assigned"),
    CLAIMED("Claimed"),
    UNCLAIMED("Handed back"),
    HANDED_OVER("Handed over"),
    COMPLETED("Completed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The event in words, e.g. "Handed over to sw2 by tm1". */
  public String describe() {
    return switch (kind) {
      case CREATED -> "Created";
      case ASSIGNED -> "Assigned to " + person;
      case CLAIMED -> "Claimed by " + person;
      case UNCLAIMED -> "Handed back by " + person;
      case HANDED_OVER -> "Handed over to " + person + (actor == null ? "" : " by " + actor);
      case COMPLETED -> "Completed" + (actor == null ? "" : " by " + actor);
      case WITHDRAWN -> "Withdrawn";
    };
  }
}
