package org.practiceassurance.casefile;

import java.util.List;

/**
 * What one roster import did. {@code rowsRead} counts the non-blank data rows; each is either
 * created, updated, unchanged or rejected. {@code closed} counts open files that a full import
 * closed because the file no longer listed them.
 */
public record ImportReport(int rowsRead, int created, int updated, int unchanged, int closed,
    List<RejectedRow> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }
}
