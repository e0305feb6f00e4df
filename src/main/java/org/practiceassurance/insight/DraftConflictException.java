package org.practiceassurance.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Someone changed the draft since the caller read it: nothing of the caller's was saved (or
 * published). Carries the newer draft, so the caller can keep their own text beside it and choose.
 */
public class DraftConflictException extends RuntimeException {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy").withZone(ZoneId.of("Europe/London"));

  private final String changedBy;
  private final Instant changedAt;
  private final Integer publishedVersion;
  private final transient Narrative theirs;
  private final long theirVersion;

  /**
   * @param publishedVersion the version they published, when the change was a publication (else null)
   */
  public DraftConflictException(String changedBy, Instant changedAt, Integer publishedVersion, Narrative theirs,
      long theirVersion) {
    super((publishedVersion == null
        ? changedBy + " saved a newer draft at " + AT.format(changedAt)
        : changedBy + " published version " + publishedVersion + " at " + AT.format(changedAt))
        + "; your text is kept below and has not been saved. Compare it with theirs, then keep yours or take theirs.");
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.publishedVersion = publishedVersion;
    this.theirs = theirs;
    this.theirVersion = theirVersion;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public Integer publishedVersion() {
    return publishedVersion;
  }

  /** The draft's narrative as it now stands. */
  public Narrative theirs() {
    return theirs;
  }

  /** The draft's version now: pass it to save over theirs. */
  public long theirVersion() {
    return theirVersion;
  }
}
