package org.practiceassurance.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything a screen shows about one audit: the file, the auditor's form, and its moderations. */
public record AuditDetails(
    long auditId, String childReference, String serviceCode, String teamCode, String allocatedWorker,
    String teamManager, String auditor, LocalDate dueDate, AuditStatus status, AuditForm form, Grade suggestedGrade,
    Grade finalGrade, String moderationReason, Instant draftSavedAt, List<ModerationSummary> moderations) {

  /** One moderation as the auditor and quality leads read it. */
  public record ModerationSummary(
      String moderator, String outcome, QualityRating quality, String feedback, Grade auditorGrade, Grade finalGrade,
      String finalGradeReason, Instant completedAt, Map<PracticeArea, AreaDecision> areas) {}

  public record AreaDecision(Grade auditorGrade, Grade moderatedGrade, String reason) {}
}
