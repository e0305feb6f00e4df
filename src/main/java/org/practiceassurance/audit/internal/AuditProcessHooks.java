package org.practiceassurance.audit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.practiceassurance.action.ActionRequest;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.Priority;
import org.practiceassurance.audit.AuditStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What the case-file-audit process does to the audit record at each step ({@code ${auditProcess...}}). */
@Component("auditProcess")
public class AuditProcessHooks {

  private final AuditRepository audits;
  private final Actions actions;
  private final AuditorRecordRepository auditorRecords;
  private final DecisionService decisions;
  private final double sampleRate;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.systemUTC();

  AuditProcessHooks(AuditRepository audits, AuditorRecordRepository auditorRecords, DecisionService decisions,
      Actions actions, @Value("${pa.audit.moderation-sample-rate:0.1}") double sampleRate) {
    this.audits = audits;
    this.actions = actions;
    this.auditorRecords = auditorRecords;
    this.decisions = decisions;
    this.sampleRate = sampleRate;
  }

  /**
   * Runs the audit-moderation-selection table; sets {@code moderate}. The random draw is kept as
   * the variable {@code sampleDraw}, so the decision can be explained and replayed; a draw already
   * recorded on the process is used as it is.
   */
  public void decideModeration(DelegateExecution execution) {
    Audit audit = audit(execution);
    boolean inDevelopment = auditorRecords.findById(audit.auditor()).map(AuditorRecord::inDevelopment).orElse(true);
    double draw = execution.hasVariable("sampleDraw") ? ((Number) execution.getVariable("sampleDraw")).doubleValue()
        : random.nextDouble();
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("audit-moderation-selection",
        Variables.createVariables().putValue("overallGrade", audit.overallGrade().name())
            .putValue("auditorInDevelopment", inDevelopment).putValue("sampleDraw", draw)
            .putValue("sampleRate", sampleRate)).getSingleResult();
    boolean moderate = result.getEntry("moderate");
    audit.moderationDecided(moderate, result.getEntry("moderationReason"));
    execution.setVariable("moderate", moderate);
    execution.setVariable("sampleDraw", draw);
  }

  /**
   * Raises each proposed action not yet raised (owner, due date, priority as the auditor set them;
   * a due date that passed during moderation becomes today) and sets {@code openActions}.
   */
  public void raiseActions(DelegateExecution execution) {
    Audit audit = audit(execution);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    boolean raisedBefore = false;
    for (ProposedActionRow row : audit.proposedActions()) {
      raisedBefore |= row.actionId() != null;
      if (row.actionId() == null) {
        row.raisedAs(actions.raise(new ActionRequest(ActionSource.AUDIT.name(), String.valueOf(audit.id()),
            audit.childReference(), row.description(), row.owner(), audit.auditor(), audit.serviceCode(),
            audit.teamCode(), row.dueDate().isBefore(today) ? today : row.dueDate(), Priority.valueOf(row.priority()))));
      }
    }
    // Only actions raised before (e.g. ahead of a rework) may have closed since; the ones raised just now are open.
    long open = raisedBefore ? actions.openCount(ActionSource.AUDIT.name(), String.valueOf(audit.id()))
        : audit.proposedActions().size();
    audit.status(open > 0 ? AuditStatus.AWAITING_ACTIONS : audit.status());
    execution.setVariable("openActions", (int) open);
  }

  /**
   * The "Complete case-file audit" task was given to someone (by the programme, as the task is
   * created) or claimed, or handed back: the audit records who holds it now.
   */
  public void auditorAssigned(DelegateTask task) {
    audit(task.getExecution()).assignTo(task.getAssignee());
  }

  public void returned(DelegateExecution execution) {
    audit(execution).status(AuditStatus.RETURNED);
  }

  public void closed(DelegateExecution execution) {
    audit(execution).closed(clock.instant());
  }

  private Audit audit(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("auditId")).longValue();
    return audits.findById(id).orElseThrow(() -> new IllegalStateException("No audit " + id + " for " + execution.getId()));
  }
}
