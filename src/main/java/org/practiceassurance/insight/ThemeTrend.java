package org.practiceassurance.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * One dip-sample theme's successive runs, oldest first, each with its overall compliance over the
 * files the viewer may see.
 */
public record ThemeTrend(String themeCode, String themeName, List<Run> runs) {

  public ThemeTrend {
    runs = List.copyOf(runs);
  }

  /**
   * @param compliancePercent (Yes + ½ Partly) / (answered − N/A) over the run's reviewed files in
   *     scope, 0 to 100; null when none was answered
   * @param answers the Yes/Partly/No answers it is computed from
   */
  public record Run(long sampleId, String title, int runNumber, LocalDate launchedOn, long filesReviewed,
      long answers, Double compliancePercent) {}
}
