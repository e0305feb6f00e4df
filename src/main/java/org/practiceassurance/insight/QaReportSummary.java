package org.practiceassurance.insight;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A month in the list of QA reports: its published versions, oldest first, and its draft.
 *
 * @param draft null when there is no draft or the reader may not see drafts
 */
public record QaReportSummary(YearMonth month, List<QaReportVersion.Header> versions, DraftState draft) {

  public QaReportSummary {
    versions = List.copyOf(versions);
  }

  /** The last published version's number; null when none. */
  public Integer latestVersion() {
    return versions.isEmpty() ? null : versions.get(versions.size() - 1).version();
  }

  /**
   * @param unpublishedChanges the narrative differs from the last published version's (or none was published)
   */
  public record DraftState(String savedBy, Instant savedAt, long version, boolean unpublishedChanges) {}
}
