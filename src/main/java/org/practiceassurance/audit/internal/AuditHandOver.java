package org.practiceassurance.audit.internal;

import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.audit.CaseFileAudits;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A manager handed an audit (to complete, or to rework after moderation) to someone else: they are its
 * auditor now, on the audit and in the process (moderation then keeps them from moderating it). Refused
 * for someone who manages the child's team, the rule a programme follows when it allocates audits.
 */
@Component
class AuditHandOver {

  private static final Set<String> AUDITOR_STEPS = Set.of("complete-audit", "rework-audit");

  private final AuditRepository audits;
  private final CaseFiles caseFiles;
  private final RuntimeService runtime;

  AuditHandOver(AuditRepository audits, CaseFiles caseFiles, RuntimeService runtime) {
    this.audits = audits;
    this.caseFiles = caseFiles;
    this.runtime = runtime;
  }

  @EventListener
  void handedOver(TaskHandedOver event) {
    if (!CaseFileAudits.PROCESS_KEY.equals(event.processDefinitionKey())
        || !AUDITOR_STEPS.contains(event.taskDefinitionKey())) {
      return;
    }
    long id = ((Number) runtime.getVariable(event.processInstanceId(), "auditId")).longValue();
    Audit audit = audits.findById(id).orElseThrow();
    boolean managesTheTeam = event.to().equals(audit.teamManager()) || caseFiles.team(audit.teamCode())
        .map(team -> event.to().equals(team.managerUsername())).orElse(false);
    if (managesTheTeam) {
      throw new TaskAccessDeniedException(event.to() + " manages team " + audit.teamCode()
          + ": nobody audits their own team's practice.");
    }
    audit.assignTo(event.to());
    runtime.setVariable(event.processInstanceId(), "auditor", event.to());
  }
}
