package org.practiceassurance.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.practiceassurance.audit.internal.Audit;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.RaiseConcern;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.TaskWithVariable;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's side of an audit: open the form from its task, save the draft on every change,
 * see the suggested overall grade, submit, and flag a child at risk at once. Only the auditor who
 * holds the task may change the audit.
 */
@Service
public class AuditWork {

  static final String OVERALL_GRADE_DECISION = "audit-overall-grade";

  private final TaskListService taskList;
  private final AuditLookup lookup;
  private final DecisionService decisions;
  private final RuntimeService runtime;
  private final ConcernRegister concerns;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  AuditWork(TaskListService taskList, AuditLookup lookup, DecisionService decisions, RuntimeService runtime,
      ConcernRegister concerns, CurrentUser currentUser) {
    this.taskList = taskList;
    this.lookup = lookup;
    this.decisions = decisions;
    this.runtime = runtime;
    this.concerns = concerns;
    this.currentUser = currentUser;
  }

  /** The audit behind one of my tasks (an audit to complete or rework); holding the task makes me its auditor. */
  @Transactional
  public AuditDetails open(String taskId) {
    TaskWithVariable mine = taskList.myTask(taskId, AuditLookup.AUDIT_ID);
    WorkTask task = mine.task();
    Audit audit = lookup.forTask(mine);
    String me = currentUser.get().username();
    if (audit.auditor() == null && me.equals(task.assignee())) {
      audit.assignTo(me);
    }
    return lookup.details(audit);
  }

  /** Saves the form as the draft; returns when it was saved. Nothing is lost if the browser closes. */
  @Transactional
  public Instant saveDraft(String taskId, AuditForm form) {
    Audit audit = editableByMe(taskId);
    Instant now = clock.instant();
    audit.saveDraft(form, suggest(form), now);
    return now;
  }

  /** The overall grade the decision table suggests from the area grades; null until every area is graded. */
  public Grade suggest(AuditForm form) {
    int inadequate = 0;
    int requiresImprovement = 0;
    int outstanding = 0;
    for (PracticeArea area : PracticeArea.values()) {
      Grade grade = form.grade(area);
      if (grade == null) {
        return null;
      }
      inadequate += grade == Grade.INADEQUATE ? 1 : 0;
      requiresImprovement += grade == Grade.REQUIRES_IMPROVEMENT ? 1 : 0;
      outstanding += grade == Grade.OUTSTANDING ? 1 : 0;
    }
    String grade = decisions.evaluateDecisionTableByKey(OVERALL_GRADE_DECISION, Variables.createVariables()
            .putValue("riskActedOn", !Boolean.FALSE.equals(form.getRiskActedOn()))
            .putValue("inadequateAreas", inadequate).putValue("requiresImprovementAreas", requiresImprovement)
            .putValue("outstandingAreas", outstanding))
        .getSingleResult().getEntry("suggestedGrade");
    return Grade.valueOf(grade);
  }

  /** What stops the form being submitted, field by field; empty when it is complete. */
  public Map<String, String> problems(AuditForm form) {
    return problems(form, suggest(form));
  }

  private Map<String, String> problems(AuditForm form, Grade suggested) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (PracticeArea area : PracticeArea.values()) {
      Grade grade = form.grade(area);
      if (grade == null) {
        problems.put("grade." + area, "Grade " + area.label() + ".");
      } else if (grade.needsEvidence() && blank(form.evidence(area))) {
        problems.put("evidence." + area, "Give the evidence for grading " + area.label() + " " + grade.label() + ".");
      }
    }
    if (blank(form.getChildVoice())) {
      problems.put("childVoice", "Record whether the child's views and wishes were heard and used.");
    }
    if (blank(form.getDiversityIdentity())) {
      problems.put("diversityIdentity", "Record how diversity and identity were considered.");
    }
    if (form.getRiskActedOn() == null) {
      problems.put("riskActedOn", "Say whether risk was identified and acted on with urgency.");
    } else if (!form.getRiskActedOn() && blank(form.getRiskNotes())) {
      problems.put("riskNotes", "Describe the risk that was not identified or acted on.");
    }
    if (form.getOverallGrade() == null) {
      problems.put("overallGrade", "Choose the overall grade.");
    } else if (suggested != null && form.getOverallGrade() != suggested && blank(form.getOverallGradeReason())) {
      problems.put("overallGradeReason", "Say why the overall grade differs from the suggested " + suggested.label() + ".");
    }
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    for (int i = 0; i < form.actions().size(); i++) {
      AuditForm.ProposedAction action = form.actions().get(i);
      if (blank(action.description())) {
        problems.put("action." + i + ".description", "Describe action " + (i + 1) + ".");
      }
      if (blank(action.owner())) {
        problems.put("action." + i + ".owner", "Name the owner of action " + (i + 1) + ".");
      }
      if (action.dueDate() == null || action.dueDate().isBefore(today)) {
        problems.put("action." + i + ".dueDate", "Action " + (i + 1) + " needs a due date today or later.");
      }
    }
    return problems;
  }

  /** Submits the audit: it goes on to moderation or closes, as the process decides. */
  @Transactional
  public void submit(String taskId, AuditForm form) {
    taskList.completeAfter(taskId, AuditLookup.AUDIT_ID, false, mine -> {
      Audit audit = editableByMe(mine);
      Grade suggested = suggest(form);
      Instant now = clock.instant();
      audit.saveDraft(form, suggested, now);
      Map<String, String> problems = problems(form, suggested);
      if (!problems.isEmpty()) {
        throw new InvalidSubmission(problems);
      }
      audit.submitted(now);
      String me = currentUser.get().username();
      audit.assignTo(me);
      return Map.of("auditor", me, "overallGrade", form.getOverallGrade().name());
    });
  }

  /**
   * A child at risk now: on the Cases of Concern register at once, and the child's team manager and
   * head of service asked to act (with the director told after 24 hours without acknowledgement).
   */
  @Transactional
  public long flagChildAtRisk(long auditId, String reason) {
    Audit audit = lookup.byId(auditId);
    if (!currentUser.get().username().equals(audit.auditor())) {
      throw new TaskAccessDeniedException("Only the audit's auditor can flag a child from it.");
    }
    if (blank(reason)) {
      throw new InvalidSubmission(Map.of("concernReason", "Say why the child is at risk now."));
    }
    long concernId = concerns.raise(new RaiseConcern(audit.childReference(), reason.trim(), "AUDIT",
        String.valueOf(audit.id()), audit.serviceCode(), audit.teamCode(), audit.teamManager()));
    runtime.createMessageCorrelation("ChildAtRisk").processInstanceId(audit.processInstanceId())
        .setVariablesLocal(Map.of("concernId", concernId)).correlateWithResult();
    return concernId;
  }

  private Audit editableByMe(String taskId) {
    return editableByMe(taskList.myTask(taskId, AuditLookup.AUDIT_ID));
  }

  private Audit editableByMe(TaskWithVariable mine) {
    WorkTask task = mine.task();
    String me = currentUser.get().username();
    if (!me.equals(task.assignee())) {
      throw new TaskAccessDeniedException("Claim \"" + task.name() + "\" before working on it.");
    }
    Audit audit = lookup.forTask(mine);
    if (!audit.status().editable()) {
      throw new TaskAccessDeniedException("This audit is " + audit.status().label().toLowerCase() + " and can no longer be changed.");
    }
    if (audit.auditor() == null) {
      audit.assignTo(me);
    }
    return audit;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
