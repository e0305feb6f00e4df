package org.practiceassurance.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practiceassurance.audit.internal.Audit;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.audit.internal.AuditorRecordRepository;
import org.practiceassurance.audit.internal.Moderation;
import org.practiceassurance.audit.internal.ModerationRepository;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.TaskWithVariable;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderator's side: read the audit, agree or change each grade, set the final grade, rate the
 * audit's quality, give feedback, and accept it or return it for rework. Nobody moderates their
 * own audit. Every moderation updates the auditor's competency record.
 */
@Service
public class AuditModeration {

  private final TaskListService taskList;
  private final AuditLookup lookup;
  private final ModerationRepository moderations;
  private final AuditorRecordRepository auditorRecords;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  AuditModeration(TaskListService taskList, AuditLookup lookup, ModerationRepository moderations,
      AuditorRecordRepository auditorRecords, CurrentUser currentUser) {
    this.taskList = taskList;
    this.lookup = lookup;
    this.moderations = moderations;
    this.auditorRecords = auditorRecords;
    this.currentUser = currentUser;
  }

  @Secured("ROLE_" + Roles.MODERATOR)
  @Transactional(readOnly = true)
  public AuditDetails open(String taskId) {
    Audit audit = lookup.forTask(taskList.myTask(taskId, AuditLookup.AUDIT_ID));
    refuseOwnAudit(audit);
    return lookup.details(audit);
  }

  public Map<String, String> problems(AuditDetails audit, ModerationDecision decision) {
    return problems(audit.form(), decision);
  }

  /** @param audited the auditor's form as submitted */
  private Map<String, String> problems(AuditForm audited, ModerationDecision decision) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (PracticeArea area : PracticeArea.values()) {
      Grade moderated = decision.grades().get(area);
      if (moderated == null) {
        problems.put("grade." + area, "Agree or change the grade for " + area.label() + ".");
      } else if (moderated != audited.grade(area) && blank(decision.reasons().get(area))) {
        problems.put("reason." + area, "Say why " + area.label() + " is " + moderated.label() + ".");
      }
    }
    if (decision.getFinalGrade() == null) {
      problems.put("finalGrade", "Set the final overall grade.");
    } else if (decision.getFinalGrade() != audited.getOverallGrade() && blank(decision.getFinalGradeReason())) {
      problems.put("finalGradeReason", "Say why the final grade differs from the auditor's.");
    }
    if (decision.getQuality() == null) {
      problems.put("quality", "Rate the quality of the audit.");
    }
    if (blank(decision.getFeedback())) {
      problems.put("feedback", decision.isReturnForRework()
          ? "Tell the auditor what to rework." : "Give the auditor feedback.");
    }
    return problems;
  }

  @Secured("ROLE_" + Roles.MODERATOR)
  @Transactional
  public void submit(String taskId, ModerationDecision decision) {
    ForTheRecord competency = new ForTheRecord();
    taskList.completeAfter(taskId, AuditLookup.AUDIT_ID, false, mine -> moderate(mine, decision, competency));
    // Last, so that the auditor's row, which every moderation of their audits updates, stays locked
    // only until the commit and not while the process moves on (actions raised, their processes started).
    QualityRating quality = decision.getQuality();
    auditorRecords.recordModeration(competency.auditor, PracticeArea.values().length, competency.agreed,
        quality == QualityRating.GOOD ? 1 : 0, quality == QualityRating.ADEQUATE ? 1 : 0,
        quality == QualityRating.NEEDS_DEVELOPMENT ? 1 : 0, competency.at);
  }

  /** What a moderation leaves for the auditor's record, once the task is complete. */
  private static final class ForTheRecord {
    String auditor;
    int agreed;
    Instant at;
  }

  /** Checks the decision and stores the moderation; returns the variables that complete the task. */
  private Map<String, Object> moderate(TaskWithVariable mine, ModerationDecision decision, ForTheRecord competency) {
    WorkTask task = mine.task();
    String me = currentUser.get().username();
    if (!me.equals(task.assignee())) {
      throw new TaskAccessDeniedException("Claim \"" + task.name() + "\" before moderating.");
    }
    Audit audit = lookup.forTask(mine);
    refuseOwnAudit(audit);
    AuditForm audited = audit.toForm(); // the form is all the checks need; not the moderation history
    Map<String, String> problems = problems(audited, decision);
    if (!problems.isEmpty()) {
      throw new InvalidSubmission(problems);
    }
    Instant now = clock.instant();
    Moderation.Outcome outcome = decision.isReturnForRework() ? Moderation.Outcome.RETURNED : Moderation.Outcome.ACCEPTED;
    Moderation moderation = new Moderation(audit.id(), me, outcome, decision.getQuality(), decision.getFeedback().trim(),
        audit.overallGrade(), decision.getFinalGrade(), decision.getFinalGradeReason(), now);
    int agreed = 0;
    for (PracticeArea area : PracticeArea.values()) {
      Grade auditorGrade = audited.grade(area);
      Grade moderated = decision.grades().get(area);
      agreed += auditorGrade == moderated ? 1 : 0;
      moderation.area(area, auditorGrade, moderated, decision.reasons().get(area));
    }
    moderations.save(moderation);
    audit.moderated(decision.getFinalGrade());
    competency.auditor = audit.auditor();
    competency.agreed = agreed;
    competency.at = now;
    return Map.of("moderationOutcome", outcome.name());
  }

  private void refuseOwnAudit(Audit audit) {
    if (currentUser.get().username().equals(audit.auditor())) {
      throw new TaskAccessDeniedException("You cannot moderate your own audit.");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
