package org.practiceassurance.indicator;

import java.util.List;

/**
 * An indicator or exception-list file refused as a whole, before anything was written: empty, not
 * UTF-8, not CSV, no header row, required columns missing or named twice, or too large.
 */
public class IndicatorFileRejected extends RuntimeException {

  private final String title;
  private final List<String> missingColumns;

  public IndicatorFileRejected(String title, String message) {
    this(title, message, List.of());
  }

  public IndicatorFileRejected(String title, String message, List<String> missingColumns) {
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
