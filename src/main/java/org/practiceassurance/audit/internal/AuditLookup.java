package org.practiceassurance.audit.internal;

import java.util.NoSuchElementException;
import org.practiceassurance.audit.AuditDetails;
import org.practiceassurance.audit.PracticeArea;
import org.practiceassurance.workflow.TaskWithVariable;
import org.springframework.stereotype.Component;

/** Finds the audit behind a task, and turns an audit into what screens show. */
@Component
public class AuditLookup {

  private final AuditRepository audits;
  private final ModerationRepository moderations;

  AuditLookup(AuditRepository audits, ModerationRepository moderations) {
    this.audits = audits;
    this.moderations = moderations;
  }

  /** The process variable naming the audit a task is about. */
  public static final String AUDIT_ID = "auditId";

  /** The audit a task is about, from the task read with its {@value #AUDIT_ID} variable. */
  public Audit forTask(TaskWithVariable task) {
    if (!(task.variable() instanceof Number id)) {
      throw new NoSuchElementException("Task " + task.task().id() + " is not about an audit");
    }
    return byId(id.longValue());
  }

  public Audit byId(long auditId) {
    return audits.findById(auditId).orElseThrow(() -> new NoSuchElementException("No audit " + auditId));
  }

  public AuditDetails details(Audit audit) {
    var history = moderations.findByAuditIdOrderByCompletedAtDesc(audit.id()).stream()
        .map(m -> {
          var areas = new java.util.EnumMap<PracticeArea, AuditDetails.AreaDecision>(PracticeArea.class);
          m.areas().forEach((area, a) -> areas.put(area, new AuditDetails.AreaDecision(a.auditorGrade(), a.moderatedGrade(), a.reason())));
          return new AuditDetails.ModerationSummary(m.moderator(), m.outcome().name(), m.qualityRating(), m.feedback(),
              m.auditorGrade(), m.finalGrade(), m.finalGradeReason(), m.completedAt(), areas);
        }).toList();
    return new AuditDetails(audit.id(), audit.childReference(), audit.serviceCode(), audit.teamCode(),
        audit.allocatedWorker(), audit.teamManager(), audit.auditor(), audit.dueDate(), audit.status(), audit.toForm(),
        audit.suggestedGrade(), audit.decidedGrade(), audit.moderationReason(), audit.draftSavedAt(), history);
  }
}
