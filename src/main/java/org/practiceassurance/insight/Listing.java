package org.practiceassurance.insight;

import java.util.List;

/**
 * The rows behind a dashboard figure: the first {@code rows.size()} of {@code total}.
 */
public record Listing<T>(List<T> rows, long total) {

  /** Drill-down lists show at most this many rows; the total says how many there are. */
  public static final int MAX_ROWS = 500;

  public Listing {
    rows = List.copyOf(rows);
  }

  public boolean truncated() {
    return rows.size() < total;
  }
}
