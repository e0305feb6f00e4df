package org.practiceassurance.insight;

import java.time.Instant;
import java.time.YearMonth;

/** A published version of a month's QA report: never changed once written. */
public record QaReportVersion(YearMonth month, int version, Narrative narrative, QaReportFigures figures,
    String publishedBy, Instant publishedAt) {

  /** The version without its contents, for lists. */
  public Header header() {
    return new Header(version, publishedBy, publishedAt);
  }

  public record Header(int version, String publishedBy, Instant publishedAt) {}
}
