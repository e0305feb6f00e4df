package org.practiceassurance.insight;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A month's working draft with the month's figures as they stand now.
 *
 * @param version the optimistic lock to pass to the next save or publication; 0 when never saved
 * @param savedBy who last changed the narrative (null when never saved)
 * @param latestVersion the last published version of the month (null when none)
 * @param unpublishedChanges the narrative differs from the last published version's (or none was published)
 * @param editable whether the person reading it may edit and publish it
 */
public record QaReportDraft(YearMonth month, Narrative narrative, long version, String savedBy, Instant savedAt,
    Integer latestVersion, boolean unpublishedChanges, QaReportFigures figures, boolean editable) {

  /** The number the next publication gets. */
  public int nextVersion() {
    return latestVersion == null ? 1 : latestVersion + 1;
  }

  /** Whether the draft was ever saved. */
  public boolean saved() {
    return version > 0;
  }

  /** What a save leaves: the version to pass next time. */
  public record Saved(YearMonth month, long version, String savedBy, Instant savedAt) {}
}
