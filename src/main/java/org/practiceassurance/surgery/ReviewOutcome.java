package org.practiceassurance.surgery;

/** What a surgery decides about an open action from an earlier surgery of the same scope. */
public enum ReviewOutcome {
  /** Done: nothing more to follow here (only for an action already marked done or closed). */
  RESOLVED,
  /** Still open: followed at the next surgery, with the reason recorded. */
  CARRIED_FORWARD
}
