package org.practiceassurance.audit.internal;

import java.time.LocalDate;
import org.practiceassurance.audit.AuditStatus;
import org.practiceassurance.audit.AuditSummary;
import org.practiceassurance.audit.Grade;

/** One audit as a list row, with the service it belongs to for scoping. */
public record AuditListRow(long id, String childReference, String serviceCode, String teamCode, String auditor,
    LocalDate dueDate, AuditStatus status, Grade overallGrade, Grade finalGrade, String moderationReason) {

  public AuditSummary summary() {
    return new AuditSummary(id, childReference, teamCode, auditor, dueDate, status, overallGrade, finalGrade,
        moderationReason);
  }
}
