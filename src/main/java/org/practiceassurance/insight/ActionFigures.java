package org.practiceassurance.insight;

import java.util.List;

/**
 * Actions for a filter. Open, overdue and awaiting verification are as of now; closed and the time
 * to close are for actions closed within the filter's months.
 *
 * @param byOwner the owners with most outstanding actions first, then most overdue (at most {@value #OWNERS}); when
 *     fewer owners have any outstanding, those who closed most in the months fill the list
 * @param medianDaysToClose whole days (24 hours, rounded) from raising to closing; null when none closed
 * @param oldestOpen the longest-outstanding actions, oldest first (at most {@value #OLDEST})
 */
public record ActionFigures(InsightFilter filter, List<ActionCounts> byService, List<ActionCounts> byOwner,
    long closed, Double medianDaysToClose, List<ActionRow> oldestOpen) {

  public static final int OWNERS = 15;
  public static final int OLDEST = 5;

  public ActionFigures {
    byService = List.copyOf(byService);
    byOwner = List.copyOf(byOwner);
    oldestOpen = List.copyOf(oldestOpen);
  }

  /** Every service together. */
  public ActionCounts total() {
    long open = 0;
    long overdue = 0;
    long waiting = 0;
    long closedInMonths = 0;
    for (ActionCounts c : byService) {
      open += c.open();
      overdue += c.overdue();
      waiting += c.awaitingVerification();
      closedInMonths += c.closed();
    }
    return new ActionCounts("all", open, overdue, waiting, closedInMonths);
  }
}
