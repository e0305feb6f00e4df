package org.practiceassurance.insight;

import java.util.List;

/**
 * The Cases of Concern register now: open entries (not yet resolved) and how long they have been
 * open.
 *
 * @param unacknowledged open entries nobody has acknowledged yet
 * @param bands open entries by age, youngest first
 * @param medianAgeDays null when nothing is open
 * @param oldest the oldest open entries (at most {@value ActionFigures#OLDEST})
 */
public record ConcernFigures(InsightFilter filter, long open, long unacknowledged, List<AgeBand> bands,
    Double medianAgeDays, List<Count> byService, List<ConcernRow> oldest) {

  public ConcernFigures {
    bands = List.copyOf(bands);
    byService = List.copyOf(byService);
    oldest = List.copyOf(oldest);
  }

  /** Open entries aged {@code minDays} to {@code maxDays} days (null: no upper limit). */
  public record AgeBand(String label, int minDays, Integer maxDays, long open) {}

  public record Count(String key, long open) {}

  /** The age bands the dashboard uses. */
  public static List<AgeBand> bands(long[] counts) {
    return List.of(new AgeBand("Up to a week", 0, 7, counts[0]), new AgeBand("8 to 28 days", 8, 28, counts[1]),
        new AgeBand("29 to 90 days", 29, 90, counts[2]), new AgeBand("Over 90 days", 91, null, counts[3]));
  }
}
