package org.practiceassurance.concern.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernStatus;
import org.practiceassurance.concern.RaiseConcern;

@Entity
@jakarta.persistence.Table(name = "concern")
public class Concern {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "child_reference", nullable = false) private String childReference;
  @Column(nullable = false) private String reason;
  @Column(name = "raised_by", nullable = false) private String raisedBy;
  @Column(nullable = false) private String source;
  @Column(name = "source_id", nullable = false) private String sourceId;
  @Column(name = "service_code", nullable = false) private String serviceCode;
  @Column(name = "team_code", nullable = false) private String teamCode;
  @Column(name = "responsible_manager") private String responsibleManager;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private ConcernStatus status;
  @Column(name = "review_date", nullable = false) private LocalDate reviewDate;
  @Column(name = "raised_at", nullable = false) private Instant raisedAt;
  @Column(name = "acknowledged_by") private String acknowledgedBy;
  @Column(name = "acknowledged_at") private Instant acknowledgedAt;
  private String resolution;
  @Column(name = "resolved_by") private String resolvedBy;
  @Column(name = "resolved_at") private Instant resolvedAt;
  @Version private long version;

  protected Concern() {}

  Concern(RaiseConcern request, String raisedBy, Instant now, LocalDate reviewDate) {
    this.childReference = request.childReference();
    this.reason = request.reason();
    this.raisedBy = raisedBy;
    this.source = request.source();
    this.sourceId = request.sourceId();
    this.serviceCode = request.serviceCode();
    this.teamCode = request.teamCode();
    this.responsibleManager = request.responsibleManager();
    this.status = ConcernStatus.OPEN;
    this.reviewDate = reviewDate;
    this.raisedAt = now;
  }

  void acknowledge(String by, Instant now) {
    if (status == ConcernStatus.OPEN) {
      status = ConcernStatus.ACKNOWLEDGED;
      acknowledgedBy = by;
      acknowledgedAt = now;
    }
  }

  void resolve(String resolutionText, String by, Instant now) {
    status = ConcernStatus.RESOLVED;
    resolution = resolutionText;
    resolvedBy = by;
    resolvedAt = now;
  }

  Long id() {
    return id;
  }

  String serviceCode() {
    return serviceCode;
  }

  String teamCode() {
    return teamCode;
  }

  ConcernStatus status() {
    return status;
  }

  ConcernEntry toEntry() {
    return new ConcernEntry(id, childReference, reason, raisedBy, source, sourceId, serviceCode, teamCode,
        responsibleManager, status, reviewDate, raisedAt, acknowledgedBy, acknowledgedAt, resolution, resolvedBy,
        resolvedAt);
  }
}
