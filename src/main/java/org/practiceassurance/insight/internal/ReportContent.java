package org.practiceassurance.insight.internal;

import java.time.Instant;
import java.time.YearMonth;
import org.practiceassurance.insight.Narrative;
import org.practiceassurance.insight.QaReportFigures;

/**
 * What a report renders from, HTML and PDF alike: the narrative and the figures, and either a
 * published version ({@code version}, {@code publishedBy}, {@code publishedAt}) or the draft (all null).
 */
public record ReportContent(YearMonth month, Narrative narrative, QaReportFigures figures, Integer version,
    String publishedBy, Instant publishedAt) {

  public boolean draft() {
    return version == null;
  }
}
