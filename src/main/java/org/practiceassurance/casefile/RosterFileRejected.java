package org.practiceassurance.casefile;

import java.util.List;

/**
 * A roster file refused as a whole, before anything was written: not CSV, not UTF-8, no header
 * row, required columns missing, too large, or a full import that would close too many files.
 */
public class RosterFileRejected extends RuntimeException {

  private final String title;
  private final List<String> missingColumns;

  public RosterFileRejected(String title, String message) {
    this(title, message, List.of());
  }

  public RosterFileRejected(String title, String message, List<String> missingColumns) {
    super(message);
    this.title = title;
    this.missingColumns = List.copyOf(missingColumns);
  }

  /** A short heading, e.g. "Missing columns". */
  public String title() {
    return title;
  }

  /** The required columns the header row lacks (empty unless that is the problem). */
  public List<String> missingColumns() {
    return missingColumns;
  }
}
