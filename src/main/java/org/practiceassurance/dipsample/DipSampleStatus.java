package org.practiceassurance.dipsample;

/** Where a dip sample is in its life. */
public enum DipSampleStatus {
  /** Asked for by another process; a quality manager has still to design and launch it. */
  DRAFT,
  /** Files are being reviewed. */
  REVIEWING,
  /** Reviews are over; the lead is writing the findings. */
  FINDINGS,
  /** Findings written. */
  COMPLETE
}
