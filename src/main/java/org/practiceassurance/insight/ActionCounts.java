package org.practiceassurance.insight;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Actions of one service or one owner.
 *
 * @param key the service code or the owner's username
 * @param open with their owner and not past their due date
 * @param overdue with their owner and past their due date
 * @param awaitingVerification marked done, waiting for someone else to verify them
 * @param closed closed within the dashboard's months
 */
public record ActionCounts(String key, long open, long overdue, long awaitingVerification, long closed) {

  /** Not yet closed. */
  @JsonProperty
  public long outstanding() {
    return open + overdue + awaitingVerification;
  }
}
