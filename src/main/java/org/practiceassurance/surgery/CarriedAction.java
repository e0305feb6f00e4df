package org.practiceassurance.surgery;

/** An open action from an earlier surgery of the scope, and what this surgery decided (null: not yet reviewed). */
public record CarriedAction(LoggedAction logged, ReviewOutcome outcome, String reason) {

  public boolean reviewed() {
    return outcome != null;
  }
}
