package org.practiceassurance.audit.internal;

import java.util.List;
import java.util.Map;
import org.practiceassurance.audit.AuditForm;
import org.practiceassurance.audit.AuditModeration;
import org.practiceassurance.audit.AuditSummary;
import org.practiceassurance.audit.AuditWork;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.audit.InvalidSubmission;
import org.practiceassurance.audit.ModerationDecision;
import org.practiceassurance.audit.PracticeArea;
import org.practiceassurance.audit.QualityRating;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Audits over REST, through the same services (and refusals) as the screens. */
@RestController
@RequestMapping("/api/audits")
class AuditApi {

  private final AuditWork work;
  private final AuditModeration moderation;

  AuditApi(AuditWork work, AuditModeration moderation) {
    this.work = work;
    this.moderation = moderation;
  }

  record Submission(Map<PracticeArea, Grade> grades, Map<PracticeArea, String> evidence, String childVoice,
      String diversityIdentity, Boolean riskActedOn, String riskNotes, Grade overallGrade, String overallGradeReason,
      List<AuditForm.ProposedAction> actions) {

    AuditForm toForm() {
      AuditForm form = new AuditForm();
      if (grades != null) {
        grades.forEach(form::setGrade);
      }
      if (evidence != null) {
        evidence.forEach(form::setEvidence);
      }
      form.setChildVoice(childVoice);
      form.setDiversityIdentity(diversityIdentity);
      form.setRiskActedOn(riskActedOn);
      form.setRiskNotes(riskNotes);
      form.setOverallGrade(overallGrade);
      form.setOverallGradeReason(overallGradeReason);
      if (actions != null) {
        form.actions().addAll(actions);
      }
      return form;
    }
  }

  record Moderation(Map<PracticeArea, Grade> grades, Map<PracticeArea, String> reasons, Grade finalGrade,
      String finalGradeReason, QualityRating quality, String feedback, boolean returnForRework) {

    ModerationDecision toDecision() {
      ModerationDecision decision = new ModerationDecision();
      if (grades != null) {
        decision.grades().putAll(grades);
      }
      if (reasons != null) {
        decision.reasons().putAll(reasons);
      }
      decision.setFinalGrade(finalGrade);
      decision.setFinalGradeReason(finalGradeReason);
      decision.setQuality(quality);
      decision.setFeedback(feedback);
      decision.setReturnForRework(returnForRework);
      return decision;
    }
  }

  @GetMapping
  List<AuditSummary> audits() {
    return work.visibleAudits();
  }

  /** Submits the audit of a "Complete case-file audit" (or rework) task the caller holds. */
  @PostMapping("/tasks/{taskId}/submission")
  ResponseEntity<Void> submit(@PathVariable String taskId, @RequestBody Submission submission) {
    work.submit(taskId, submission.toForm());
    return ResponseEntity.noContent().build();
  }

  /** Moderates the audit of a "Moderate audit" task the caller holds. */
  @PostMapping("/tasks/{taskId}/moderation")
  ResponseEntity<Void> moderate(@PathVariable String taskId, @RequestBody Moderation decision) {
    moderation.submit(taskId, decision.toDecision());
    return ResponseEntity.noContent().build();
  }

  @RestControllerAdvice(assignableTypes = AuditApi.class)
  static class Problems {
    @ExceptionHandler(InvalidSubmission.class)
    ProblemDetail invalid(InvalidSubmission e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The form is not complete.");
      problem.setTitle("Not ready to submit");
      problem.setProperty("errors", e.problems());
      return problem;
    }

    @ExceptionHandler(java.util.NoSuchElementException.class)
    ProblemDetail notAnAudit(java.util.NoSuchElementException e) {
      return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "That task is not about an audit.");
    }
  }
}
