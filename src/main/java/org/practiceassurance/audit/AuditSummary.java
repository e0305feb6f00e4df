package org.practiceassurance.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One audit as the Audits list shows it.
 *
 * @param auditor who holds it; null while it waits for an auditor
 * @param overallGrade the auditor's overall grade, once given
 * @param finalGrade the grade that stands, once moderation accepted it or the audit went on without
 *     moderation; null before that ({@link AuditStatus#gradeDecided()})
 * @param moderationReason why it was selected for moderation; null when it was not (or not yet)
 */
public record AuditSummary(long id, String childReference, String serviceCode, String teamCode, String auditor,
    LocalDate dueDate, AuditStatus status, Grade overallGrade, Grade finalGrade, String moderationReason,
    Instant createdAt, Instant submittedAt) {}
