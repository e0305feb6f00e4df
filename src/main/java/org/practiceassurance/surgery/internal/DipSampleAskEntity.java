package org.practiceassurance.surgery.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.practiceassurance.surgery.DipSampleAsk;

@Entity
@Table(name = "surgery_dip_sample_request")
public class DipSampleAskEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "surgery_id", nullable = false) private long surgeryId;
  @Column(name = "theme_code", nullable = false) private String themeCode;
  @Column(nullable = false) private String reason;
  @Column(name = "requested_by", nullable = false) private String requestedBy;
  @Column(name = "requested_at", nullable = false) private Instant requestedAt;

  protected DipSampleAskEntity() {}

  public DipSampleAskEntity(long surgeryId, String themeCode, String reason, String requestedBy, Instant now) {
    this.surgeryId = surgeryId;
    this.themeCode = themeCode;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  public DipSampleAsk toAsk() {
    return new DipSampleAsk(themeCode, reason, requestedBy, requestedAt);
  }
}
