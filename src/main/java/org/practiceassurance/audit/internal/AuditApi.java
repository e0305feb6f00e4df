package org.practiceassurance.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.audit.AuditDetails;
import org.practiceassurance.audit.AuditFilter;
import org.practiceassurance.audit.AuditForm;
import org.practiceassurance.audit.AuditModeration;
import org.practiceassurance.audit.AuditRecord;
import org.practiceassurance.audit.AuditStatus;
import org.practiceassurance.audit.AuditSummary;
import org.practiceassurance.audit.AuditWork;
import org.practiceassurance.audit.Audits;
import org.practiceassurance.audit.CaseFileAudits;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.audit.InvalidSubmission;
import org.practiceassurance.audit.ModerationDecision;
import org.practiceassurance.audit.PracticeArea;
import org.practiceassurance.audit.QualityRating;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Audits over REST, through the same services (and refusals) as the screens. */
@RestController
@RequestMapping("/api/audits")
class AuditApi {

  private final AuditWork work;
  private final AuditModeration moderation;
  private final Audits audits;

  AuditApi(AuditWork work, AuditModeration moderation, Audits audits) {
    this.work = work;
    this.moderation = moderation;
    this.audits = audits;
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

  /**
   * {@code GET /api/audits?page=0&size=50&sort=dueDate,asc} with any of {@code child} (the start of the
   * reference), {@code team}, {@code auditor}, {@code status}, {@code grade}, and a range {@code from},
   * {@code to} (days, inclusive) of the date {@code dates=STARTED|DUE|SUBMITTED}: the caller's audits.
   */
  @GetMapping
  Page<AuditSummary> audits(@RequestParam(required = false) String child, @RequestParam(required = false) String team,
      @RequestParam(required = false) String auditor, @RequestParam(required = false) AuditStatus status,
      @RequestParam(required = false) Grade grade, @RequestParam(required = false) AuditFilter.Dates dates,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Pageable page) {
    return audits.list(new AuditFilter(child, team, auditor, status, grade, dates, from, to), page);
  }

  /** The audit's own page; 404 alike for an audit that does not exist and one the caller may not see. */
  @GetMapping("/{auditId}")
  ResponseEntity<?> audit(@PathVariable long auditId) {
    return audits.record(auditId).<ResponseEntity<?>>map(r -> ResponseEntity.ok(AuditJson.of(r)))
        .orElseGet(() -> ResponseEntity.of(notFound(auditId)).build());
  }

  static ProblemDetail notFound(long auditId) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "There is no audit " + auditId + " that you may see.");
    problem.setTitle("Audit not found");
    return problem;
  }

  /** An audit's page as JSON: the form's grades and evidence per area spelt out. */
  record AuditJson(long id, String childReference, String serviceCode, String teamCode, String allocatedWorker,
      String teamManager, String auditor, AuditStatus status, LocalDate dueDate, Instant createdAt, Instant submittedAt,
      Instant closedAt, Map<PracticeArea, Area> areas, String childVoice, String diversityIdentity, Boolean riskActedOn,
      String riskNotes, Grade suggestedGrade, Grade overallGrade, String overallGradeReason, Grade finalGrade,
      String moderationReason, List<AuditDetails.ModerationSummary> moderations, List<ActionSummary> actions,
      List<AuditRecord.Event> history) {

    record Area(Grade grade, String evidence) {}

    static AuditJson of(AuditRecord record) {
      AuditDetails a = record.audit();
      AuditForm form = a.form();
      Map<PracticeArea, Area> areas = new java.util.EnumMap<>(PracticeArea.class);
      for (PracticeArea area : PracticeArea.values()) {
        areas.put(area, new Area(form.grade(area), form.evidence(area)));
      }
      return new AuditJson(a.auditId(), a.childReference(), a.serviceCode(), a.teamCode(), a.allocatedWorker(),
          a.teamManager(), a.auditor(), a.status(), a.dueDate(), record.createdAt(), record.submittedAt(),
          record.closedAt(), areas, form.getChildVoice(), form.getDiversityIdentity(), form.getRiskActedOn(),
          form.getRiskNotes(), a.suggestedGrade(), form.getOverallGrade(), form.getOverallGradeReason(), a.finalGrade(),
          a.moderationReason(), a.moderations(), record.actions(), record.history());
    }
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

    /** A list asked for in a way it does not offer (e.g. an unknown sort), or a malformed filter. */
    @ExceptionHandler(CaseFileAudits.InvalidAuditRequest.class)
    ProblemDetail badRequest(CaseFileAudits.InvalidAuditRequest e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Bad request");
      problem.setProperty("field", e.field());
      return problem;
    }

    @ExceptionHandler(java.util.NoSuchElementException.class)
    ProblemDetail notAnAudit(java.util.NoSuchElementException e) {
      return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "That task is not about an audit.");
    }
  }
}
