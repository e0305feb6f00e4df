package org.practiceassurance.indicator;

import java.util.List;

/**
 * What one import of monthly values or of an exception list did. {@code rowsRead} counts the
 * non-blank data rows; each is created, updated, unchanged or rejected. {@code removed} counts, for
 * an exception list, the children who were on a list/team/month the file lists again but are no
 * longer on it (always 0 for values).
 */
public record IndicatorImportReport(String fileName, int rowsRead, int created, int updated, int unchanged,
    int removed, List<RejectedLine> rejected) {

  public IndicatorImportReport {
    rejected = List.copyOf(rejected);
  }
}
