package org.practiceassurance.dipsample;

import java.util.List;

/** The distance travelled between two runs of the same dip sample, question by question. */
public record SampleComparison(DipSampleSummary previous, DipSampleSummary current, List<Row> rows, Row overall) {

  /** One question: compliance before and after, and whether the change is significant at 5 %. */
  public record Row(String question, int position, Compliance.Result before, Compliance.Result after,
      Compliance.Change change) {

    public boolean comparable() {
      return before.effectiveSize() > 0 && after.effectiveSize() > 0;
    }
  }
}
