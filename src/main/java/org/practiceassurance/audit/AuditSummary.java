package org.practiceassurance.audit;

import java.time.LocalDate;

/** One audit as the audits list shows it. */
public record AuditSummary(long id, String childReference, String teamCode, String auditor, LocalDate dueDate,
    AuditStatus status, Grade overallGrade, Grade finalGrade, String moderationReason) {}
