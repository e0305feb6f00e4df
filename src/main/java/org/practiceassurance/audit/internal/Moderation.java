package org.practiceassurance.audit.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.audit.PracticeArea;
import org.practiceassurance.audit.QualityRating;

/** One moderator's reading of one audit. Both the auditor's and the moderated grades are kept. */
@Entity
@Table(name = "moderation")
public class Moderation {

  public enum Outcome { ACCEPTED, RETURNED }

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(name = "audit_id", nullable = false) private Long auditId;
  @Column(nullable = false) private String moderator;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private Outcome outcome;
  @Enumerated(EnumType.STRING) @Column(name = "quality_rating", nullable = false) private QualityRating qualityRating;
  @Column(nullable = false) private String feedback;
  @Enumerated(EnumType.STRING) @Column(name = "auditor_grade", nullable = false) private Grade auditorGrade;
  @Enumerated(EnumType.STRING) @Column(name = "final_grade", nullable = false) private Grade finalGrade;
  @Column(name = "final_grade_reason") private String finalGradeReason;
  @Column(name = "completed_at", nullable = false) private Instant completedAt;
  /** How many area grades the moderator read, and left as the auditor had them (kept for agreement rates). */
  @Column(name = "areas_moderated", nullable = false) private int areasModerated;
  @Column(name = "areas_agreed", nullable = false) private int areasAgreed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "moderation_area", joinColumns = @JoinColumn(name = "moderation_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "area")
  private Map<PracticeArea, ModeratedArea> areas = new EnumMap<>(PracticeArea.class);

  protected Moderation() {}

  public Moderation(Long auditId, String moderator, Outcome outcome, QualityRating qualityRating, String feedback,
      Grade auditorGrade, Grade finalGrade, String finalGradeReason, Instant completedAt) {
    this.auditId = auditId;
    this.moderator = moderator;
    this.outcome = outcome;
    this.qualityRating = qualityRating;
    this.feedback = feedback;
    this.auditorGrade = auditorGrade;
    this.finalGrade = finalGrade;
    this.finalGradeReason = finalGradeReason;
    this.completedAt = completedAt;
  }

  public void area(PracticeArea area, Grade auditorGrade, Grade moderatedGrade, String reason) {
    areas.put(area, new ModeratedArea(auditorGrade, moderatedGrade, reason));
    areasModerated = areas.size();
    areasAgreed = (int) areas.values().stream().filter(a -> a.auditorGrade() == a.moderatedGrade()).count();
  }

  public Long id() { return id; }
  public Long auditId() { return auditId; }
  public String moderator() { return moderator; }
  public Outcome outcome() { return outcome; }
  public QualityRating qualityRating() { return qualityRating; }
  public String feedback() { return feedback; }
  public Grade auditorGrade() { return auditorGrade; }
  public Grade finalGrade() { return finalGrade; }
  public String finalGradeReason() { return finalGradeReason; }
  public Instant completedAt() { return completedAt; }
  public Map<PracticeArea, ModeratedArea> areas() { return areas; }
  public int areasModerated() { return areasModerated; }
  public int areasAgreed() { return areasAgreed; }
}
