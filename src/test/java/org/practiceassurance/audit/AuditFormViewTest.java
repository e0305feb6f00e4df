package org.practiceassurance.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless: the audit form saves every change on the server (a new session finds it all), shows
 * the suggested grade, and explains in place what stops a submission.
 */
@SpringBootTest
class AuditFormViewTest {

  @Autowired ApplicationContext context;
  @Autowired CaseFileAudits audits;
  @Autowired TaskListService taskList;
  @Autowired TaskService tasks;
  @Autowired AuditLookup lookup;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;
  @Autowired JdbcTemplate jdbc;

  String taskId;
  long auditId;

  @BeforeEach
  void anAuditClaimedByAuditor1() {
    auditId = audits.start(AuditFixtures.fileInStroudTeam(roster, caseFiles), null, LocalDate.now().plusDays(5));
    taskId = tasks.createTaskQuery().processInstanceId(lookup.byId(auditId).processInstanceId()).singleResult().getId();
    TestUsers.auditor1();
    taskList.claim(taskId);
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits/form/" + taskId);
  }

  @AfterEach
  void close() {
    BrowserlessUi.close();
  }

  @SuppressWarnings("unchecked")
  private static RadioButtonGroup<Grade> grade(PracticeArea area) {
    return _get(RadioButtonGroup.class, spec -> spec.withId("grade-" + area));
  }

  @Test
  void everyChangeIsSavedAndAFreshSessionFindsTheDraft() {
    grade(PracticeArea.VISITING).setValue(Grade.INADEQUATE);
    _get(TextArea.class, spec -> spec.withId("evidence-VISITING")).setValue("No visit for eleven weeks.");
    _get(TextArea.class, spec -> spec.withId("child-voice")).setValue("Not recorded.");

    assertThat(_get(Span.class, spec -> spec.withId("draft-status")).getText()).startsWith("Draft saved");
    assertThat(jdbc.queryForObject("select evidence from pa.audit_area where audit_id = ? and area = 'VISITING'",
        String.class, auditId)).isEqualTo("No visit for eleven weeks.");

    BrowserlessUi.close();
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits/form/" + taskId);

    assertThat(grade(PracticeArea.VISITING).getValue()).isEqualTo(Grade.INADEQUATE);
    assertThat(_get(TextArea.class, spec -> spec.withId("evidence-VISITING")).getValue()).isEqualTo("No visit for eleven weeks.");
    assertThat(_get(TextArea.class, spec -> spec.withId("child-voice")).getValue()).isEqualTo("Not recorded.");
  }

  @Test
  void theSuggestedGradeFollowsTheAreasAndAnIncompleteSubmissionIsExplainedFieldByField() {
    for (PracticeArea area : PracticeArea.values()) {
      grade(area).setValue(Grade.GOOD);
    }
    grade(PracticeArea.PLANNING).setValue(Grade.INADEQUATE);
    assertThat(_get(Span.class, spec -> spec.withId("suggested-grade")).getText())
        .isEqualTo("Suggested overall grade: Requires improvement");

    ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-audit")));

    TextArea evidence = _get(TextArea.class, spec -> spec.withId("evidence-PLANNING"));
    assertThat(evidence.isInvalid()).isTrue();
    assertThat(evidence.getErrorMessage()).contains("evidence").contains("Inadequate");
    @SuppressWarnings("unchecked")
    Select<Grade> overall = _get(Select.class, spec -> spec.withId("overall-grade"));
    assertThat(overall.isInvalid()).isTrue();
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("still waiting for the auditor").isEqualTo(1);
    NotificationsKt.clearNotifications();
  }

  @Test
  void aCompleteAuditIsSubmittedAndLeavesTheTaskList() {
    for (PracticeArea area : PracticeArea.values()) {
      grade(area).setValue(Grade.GOOD);
    }
    _get(TextArea.class, spec -> spec.withId("child-voice")).setValue("Wishes recorded and acted on.");
    _get(TextArea.class, spec -> spec.withId("diversity")).setValue("Faith and language recorded.");
    @SuppressWarnings("unchecked")
    RadioButtonGroup<Boolean> risk = _get(RadioButtonGroup.class, spec -> spec.withId("risk-acted-on"));
    risk.setValue(true);
    @SuppressWarnings("unchecked")
    Select<Grade> overall = _get(Select.class, spec -> spec.withId("overall-grade"));
    overall.setValue(Grade.GOOD);

    ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-audit")));

    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(lookup.byId(auditId).submittedAt()).isNotNull();
    assertThat(lookup.byId(auditId).overallGrade()).isEqualTo(Grade.GOOD);
  }

  @Test
  void flaggingAChildAtRiskPutsThemOnTheRegisterAtOnce() {
    _get(TextArea.class, spec -> spec.withId("child-voice")).setValue("x"); // first save makes auditor1 the auditor
    _get(TextArea.class, spec -> spec.withId("concern-reason")).setValue("Parent's partner has returned to the home.");

    ButtonKt._click(_get(Button.class, spec -> spec.withId("flag-child-at-risk")));

    assertThat(jdbc.queryForObject("select count(*) from pa.concern where source = 'AUDIT' and source_id = ?",
        Integer.class, String.valueOf(auditId))).isEqualTo(1);
    NotificationsKt.clearNotifications();
  }
}
