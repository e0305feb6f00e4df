package org.practiceassurance.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An auditor's competency record. The counters are added to by one SQL statement per moderation
 * ({@link AuditorRecordRepository#recordModeration}); only whether the auditor is still in
 * development is changed through the entity (dynamic update: only that column is written).
 */
@Entity
@Table(name = "auditor_record")
@org.hibernate.annotations.DynamicUpdate
public class AuditorRecord {

  @Id private String auditor;
  @Column(name = "in_development", nullable = false) private boolean inDevelopment;
  @Column(name = "audits_moderated", nullable = false) private int auditsModerated;
  @Column(name = "areas_moderated", nullable = false) private int areasModerated;
  @Column(name = "areas_agreed", nullable = false) private int areasAgreed;
  @Column(name = "rated_good", nullable = false) private int ratedGood;
  @Column(name = "rated_adequate", nullable = false) private int ratedAdequate;
  @Column(name = "rated_needs_development", nullable = false) private int ratedNeedsDevelopment;
  @Column(name = "updated_at", nullable = false) private Instant updatedAt;
  @Version private long version;

  protected AuditorRecord() {}

  /** New auditors start in development: every one of their audits is moderated. */
  public AuditorRecord(String auditor, Instant now) {
    this.auditor = auditor;
    this.inDevelopment = true;
    this.updatedAt = now;
  }

  public void setInDevelopment(boolean inDevelopment, Instant now) {
    this.inDevelopment = inDevelopment;
    this.updatedAt = now;
  }

  public String auditor() { return auditor; }
  public boolean inDevelopment() { return inDevelopment; }
  public int auditsModerated() { return auditsModerated; }
  public int areasModerated() { return areasModerated; }
  public int areasAgreed() { return areasAgreed; }
  public int ratedGood() { return ratedGood; }
  public int ratedAdequate() { return ratedAdequate; }
  public int ratedNeedsDevelopment() { return ratedNeedsDevelopment; }

  /** Share of practice-area grades the moderators agreed with; null before any moderation. */
  public Double agreementRate() {
    return areasModerated == 0 ? null : (double) areasAgreed / areasModerated;
  }
}
