package org.practiceassurance.dipsample;

import java.time.Instant;

/** One file of a dip sample: where it sits, who reviews it, and when they finished (null: not yet). */
public record SampleFile(long id, String childReference, String serviceCode, String teamCode, String locality,
    String stratum, String reviewer, Instant reviewedAt) {

  public boolean reviewed() {
    return reviewedAt != null;
  }
}
