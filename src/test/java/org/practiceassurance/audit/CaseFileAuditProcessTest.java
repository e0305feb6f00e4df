package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.audit.internal.AuditorRecord;
import org.practiceassurance.audit.internal.AuditorRecordRepository;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.concern.ConcernStatus;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every path of case-file-audit and audit-moderation, driven through the services people use, on
 * the real engine and database: not moderated; moderated and accepted; returned, reworked and
 * accepted; a child at risk acknowledged; a child at risk escalated to the director after 24 hours.
 */
@SpringBootTest
class CaseFileAuditProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired CaseFileAudits audits;
  @Autowired AuditWork work;
  @Autowired AuditModeration moderation;
  @Autowired TaskListService taskList;
  @Autowired org.practiceassurance.workflow.TaskInbox inbox;
  @Autowired AuditLookup lookup;
  @Autowired Audits auditPages;
  @Autowired AuditorRecordRepository auditorRecords;
  @Autowired ConcernRegister concerns;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;
  @Autowired org.practiceassurance.action.internal.ActionWork actionWork;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  long auditId;
  ProcessInstance process;

  @BeforeEach
  void startAnAuditForAuditor1() {
    BpmnAwareTests.init(engine);
    var file = AuditFixtures.fileInStroudTeam(roster, caseFiles);
    auditId = audits.start(file, "auditor1", LocalDate.now().plusDays(10));
    process = runtime.createProcessInstanceQuery().processInstanceId(lookup.byId(auditId).processInstanceId()).singleResult();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private void auditorIsCore(boolean core) {
    AuditorRecord record = auditorRecords.findById("auditor1").orElseGet(() -> new AuditorRecord("auditor1", Instant.now()));
    record.setInDevelopment(!core, Instant.now());
    auditorRecords.save(record);
  }

  /** The task of this audit, also inside the moderation sub-process (same business key). */
  private Task task(String key) {
    return taskQuery().processInstanceBusinessKey(process.getBusinessKey()).taskDefinitionKey(key).singleResult();
  }

  private void auditor1Submits(Grade areas, Grade overall) {
    TestUsers.auditor1();
    assertThat(task("complete-audit")).isAssignedTo("auditor1").hasFormKey("route:audits/form");
    work.submit(task("complete-audit").getId(), AuditFixtures.completeForm(areas, overall));
  }

  private void moderator1Decides(boolean returnIt, Grade finalGrade) {
    TestUsers.signIn("moderator1", List.of("moderator"), "QA", "QA-AUDIT");
    Task task = task("moderate-audit");
    taskList.claim(task.getId());
    ModerationDecision decision = new ModerationDecision();
    for (PracticeArea area : PracticeArea.values()) {
      decision.grades().put(area, lookup.details(lookup.byId(auditId)).form().grade(area));
    }
    decision.grades().put(PracticeArea.PLANNING, Grade.REQUIRES_IMPROVEMENT);
    decision.reasons().put(PracticeArea.PLANNING, "The plan has no timescales.");
    decision.setFinalGrade(finalGrade);
    decision.setFinalGradeReason("Planning weakness outweighs the rest.");
    decision.setQuality(returnIt ? QualityRating.NEEDS_DEVELOPMENT : QualityRating.GOOD);
    decision.setFeedback(returnIt ? "Look again at the plan's timescales." : "A careful audit.");
    decision.setReturnForRework(returnIt);
    moderation.submit(task.getId(), decision);
  }

  @Test
  void aGoodAuditByACoreAuditorThatIsNotSampledClosesWithoutModeration() {
    auditorIsCore(true);
    runtime.setVariable(process.getId(), "sampleDraw", 0.99);

    auditor1Submits(Grade.GOOD, Grade.GOOD);

    assertThat(process).hasPassed("decide-moderation").hasNotPassed("moderation").isEnded();
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.CLOSED);
    assertThat(lookup.byId(auditId).finalGrade()).isEqualTo(Grade.GOOD);
    assertThat(lookup.details(lookup.byId(auditId)).finalGrade()).as("closed without moderation: the grade stands")
        .isEqualTo(Grade.GOOD);
  }

  @Test
  void anInadequateAuditIsModeratedAndTheModeratedGradeBecomesFinalWhileTheAuditorsIsKept() {
    auditorIsCore(true);
    auditor1Submits(Grade.INADEQUATE, Grade.INADEQUATE);

    assertThat(process).isWaitingAt("moderation");
    assertThat(lookup.byId(auditId).moderationReason()).isEqualTo("Graded Inadequate");
    assertThat(lookup.details(lookup.byId(auditId)).finalGrade()).as("no final grade while it is being moderated")
        .isNull();
    moderator1Decides(false, Grade.REQUIRES_IMPROVEMENT);
    assertThat(lookup.details(lookup.byId(auditId)).finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);

    assertThat(process).hasPassed("moderation").isEnded();
    var audit = lookup.byId(auditId);
    assertThat(audit.overallGrade()).isEqualTo(Grade.INADEQUATE);
    assertThat(audit.finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(audit.status()).isEqualTo(AuditStatus.CLOSED);
    AuditorRecord record = auditorRecords.findById("auditor1").orElseThrow();
    assertThat(record.auditsModerated()).isPositive();
    assertThat(record.areasAgreed()).isLessThan(record.areasModerated());
    assertThat(jdbc.queryForList("select areas_moderated, areas_agreed from pa.moderation where audit_id = ?", auditId))
        .as("the moderation keeps its own agreement: five areas read, Planning changed")
        .containsExactly(java.util.Map.of("areas_moderated", 5, "areas_agreed", 4));
  }

  @Test
  void aReturnedAuditGoesBackToItsAuditorWithTheCommentsAndIsModeratedAgain() {
    auditorIsCore(false); // in development: always moderated
    auditor1Submits(Grade.GOOD, Grade.GOOD);
    assertThat(lookup.byId(auditId).moderationReason()).isEqualTo("Auditor in development");

    moderator1Decides(true, Grade.REQUIRES_IMPROVEMENT);

    assertThat(process).isWaitingAt("rework-audit");
    assertThat(task("rework-audit")).isAssignedTo("auditor1").hasFormKey("route:audits/form");
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.RETURNED);
    assertThat(lookup.details(lookup.byId(auditId)).moderations()).singleElement()
        .satisfies(m -> assertThat(m.feedback()).isEqualTo("Look again at the plan's timescales."));

    TestUsers.auditor1();
    AuditForm revised = AuditFixtures.completeForm(Grade.GOOD, Grade.GOOD);
    revised.setGrade(PracticeArea.PLANNING, Grade.REQUIRES_IMPROVEMENT);
    work.submit(task("rework-audit").getId(), revised);

    assertThat(process).isWaitingAt("moderation");
    assertThat(lookup.byId(auditId).status()).as("resubmitted: in moderation again").isEqualTo(AuditStatus.IN_MODERATION);
    assertThat(lookup.details(lookup.byId(auditId)).finalGrade()).isNull();
    moderator1Decides(false, Grade.GOOD);
    assertThat(process).isEnded();

    TestUsers.qm1();
    AuditRecord page = auditPages.record(auditId).orElseThrow();
    assertThat(page.audit().moderations()).extracting(AuditDetails.ModerationSummary::outcome)
        .containsExactly("ACCEPTED", "RETURNED");
    assertThat(page.history()).extracting(AuditRecord.Event::what).containsSubsequence("Audit started, due "
            + LocalDate.now().plusDays(10), "Assigned to auditor1", "Submitted", "Selected for moderation: Auditor in development",
        "Returned for rework by the moderator", "Resubmitted after rework", "Moderated and accepted, final grade Good",
        "Audit closed");
  }

  @Test
  void theAuditsActionsStartWhenItIsAcceptedAndItClosesWhenTheLastIsVerified() {
    auditorIsCore(true);
    runtime.setVariable(process.getId(), "sampleDraw", 0.99);
    TestUsers.auditor1();
    AuditForm form = AuditFixtures.completeForm(Grade.GOOD, Grade.GOOD);
    form.actions().add(new AuditForm.ProposedAction("Update the child's plan with the health actions", "sw1",
        LocalDate.now().plusDays(14), "HIGH"));
    work.submit(task("complete-audit").getId(), form);

    assertThat(process).hasPassed("raise-actions").isWaitingAt("await-actions");
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.AWAITING_ACTIONS);
    String actionId = lookup.byId(auditId).proposedActions().get(0).actionId();
    assertThat(actionId).isNotNull();

    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    actionWork.markDone(taskQuery().processInstanceBusinessKey(actionId).taskDefinitionKey("carry-out-action")
        .singleResult().getId(), "Plan updated with the health visitor's actions.", null);
    TestUsers.tm1();
    Task verify = taskQuery().processInstanceBusinessKey(actionId).taskDefinitionKey("verify-action").singleResult();
    taskList.claim(verify.getId());
    actionWork.close(verify.getId(), "Seen the updated plan.");

    assertThat(process).hasPassed("await-actions").isEnded();
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.CLOSED);
  }

  @Test
  void theAuditorCannotModerateTheirOwnAudit() {
    auditorIsCore(true);
    auditor1Submits(Grade.OUTSTANDING, Grade.OUTSTANDING);
    Task moderate = task("moderate-audit");

    TestUsers.signIn("auditor1", List.of("auditor", "moderator"), "QA", "QA-AUDIT");
    assertThat(myWork()).noneMatch(t -> t.id().equals(moderate.getId()));
    assertThatThrownBy(() -> taskList.claim(moderate.getId())).isInstanceOf(TaskAccessDeniedException.class);
    assertThatThrownBy(() -> moderation.open(moderate.getId())).isInstanceOf(TaskAccessDeniedException.class);
  }

  @Test
  void aChildAtRiskGoesOnTheRegisterAndTheTeamManagerAcknowledges() {
    TestUsers.auditor1();
    work.saveDraft(task("complete-audit").getId(), new AuditForm());

    long concernId = work.flagChildAtRisk(auditId, "Bruising seen at the last visit was not followed up.");

    Task acknowledge = task("acknowledge-concern");
    assertThat(acknowledge).hasCandidateGroup("team-manager:CF-STR-1").hasCandidateGroup("head-of-service:CF");
    assertThat(myWork()).noneMatch(t -> t.id().equals(acknowledge.getId()));
    assertThat(runtime.getVariable(acknowledge.getExecutionId(), "concernId")).isEqualTo(concernId);
    assertThat(process).isWaitingAt("complete-audit", "acknowledge-concern");

    TestUsers.tm1();
    assertThat(concerns.visibleRows(org.practiceassurance.concern.ConcernFilter.NONE,
        org.springframework.data.domain.Pageable.unpaged())).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo(concernId);
      assertThat(e.status()).isEqualTo(ConcernStatus.OPEN);
      assertThat(e.responsibleManager()).isEqualTo("tm1");
    });
    taskList.claim(acknowledge.getId());
    concerns.acknowledge(concernId);
    taskList.complete(acknowledge.getId(), java.util.Map.of());

    assertThat(process).hasPassed("concern-acknowledged").isWaitingAt("complete-audit");
  }

  @Test
  void aChildAtRiskNotAcknowledgedIn24HoursGoesToTheDirector() {
    TestUsers.auditor1();
    work.saveDraft(task("complete-audit").getId(), new AuditForm());
    work.flagChildAtRisk(auditId, "Child left alone overnight; no strategy discussion held.");

    execute(job("not-acknowledged-in-24-hours", process));

    assertThat(process).isWaitingAt("complete-audit", "acknowledge-concern", "director-escalation");
    assertThat(task("director-escalation")).hasCandidateGroup("director");
    TestUsers.signIn("director1", List.of("director"), null, null);
    assertThat(myWork()).anyMatch(t -> t.id().equals(task("director-escalation").getId()));
  }

  /** Everything in my work now, page after page. */
  private java.util.List<org.practiceassurance.workflow.WorkTask> myWork() {
    return org.practiceassurance.support.TaskLists.everything(inbox, org.practiceassurance.workflow.TaskView.MY_WORK);
  }
}
