package org.practiceassurance.action;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an action's append-only history.
 *
 * @param text the progress note, evidence, chase note, reopen reason or verification comment
 * @param link an optional http(s) link to evidence kept elsewhere (e.g. the case record)
 * @param dueDate the due date set by this entry ({@link Kind#RAISED}, {@link Kind#REOPENED}), else null
 */
public record ActionHistoryItem(Kind kind, String text, String link, LocalDate dueDate, String actor, Instant at) {

  public enum Kind {
    RAISED("Raised"), PROGRESS("Progress / evidence"), DONE("Marked done"), OVERDUE("Overdue"),
    CHASED("Chased"), REOPENED("Reopened"), CLOSED("Verified and closed"), HANDED_OVER("Handed over");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
