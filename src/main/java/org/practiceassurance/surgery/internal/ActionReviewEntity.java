package org.practiceassurance.surgery.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.practiceassurance.surgery.ReviewOutcome;

/** What one surgery decided about an earlier surgery's open action. */
@Entity
@Table(name = "surgery_action_review")
@IdClass(ActionReviewEntity.Key.class)
public class ActionReviewEntity {

  /** Composite key: the reviewing surgery and the action. */
  public record Key(long surgeryId, String actionId) implements Serializable {
    public Key() {
      this(0, null);
    }
  }

  @Id @Column(name = "surgery_id") private long surgeryId;
  @Id @Column(name = "action_id") private String actionId;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private ReviewOutcome outcome;
  private String reason;
  @Column(name = "reviewed_by", nullable = false) private String reviewedBy;
  @Column(name = "reviewed_at", nullable = false) private Instant reviewedAt;

  protected ActionReviewEntity() {}

  public ActionReviewEntity(long surgeryId, String actionId) {
    this.surgeryId = surgeryId;
    this.actionId = actionId;
  }

  public void decide(ReviewOutcome outcome, String reason, String by, Instant now) {
    this.outcome = outcome;
    this.reason = reason;
    this.reviewedBy = by;
    this.reviewedAt = now;
  }

  public long surgeryId() { return surgeryId; }
  public String actionId() { return actionId; }
  public ReviewOutcome outcome() { return outcome; }
  public String reason() { return reason; }
}
