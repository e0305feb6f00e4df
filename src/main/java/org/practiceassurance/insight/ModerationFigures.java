package org.practiceassurance.insight;

import java.util.List;

/**
 * Moderation for a filter: per month, and the auditors' competency table (only for those who see
 * the whole county; empty otherwise).
 */
public record ModerationFigures(InsightFilter filter, List<ModerationMonth> months, List<AuditorCompetency> auditors) {

  public ModerationFigures {
    months = List.copyOf(months);
    auditors = List.copyOf(auditors);
  }

  /** All the months together. */
  public ModerationMonth overall() {
    long[] sum = new long[7];
    for (ModerationMonth m : months) {
      sum[0] += m.graded();
      sum[1] += m.selected();
      sum[2] += m.areasModerated();
      sum[3] += m.areasAgreed();
      sum[4] += m.movedUp();
      sum[5] += m.movedDown();
      sum[6] += m.unchanged();
    }
    return new ModerationMonth(filter.to(), sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6]);
  }
}
