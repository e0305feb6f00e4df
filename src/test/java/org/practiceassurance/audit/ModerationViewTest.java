package org.practiceassurance.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.audit.internal.AuditorRecord;
import org.practiceassurance.audit.internal.AuditorRecordRepository;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless: a moderator changes one area's grade (a reason is demanded), rates the audit and accepts it. */
@SpringBootTest
class ModerationViewTest {

  @Autowired ApplicationContext context;
  @Autowired CaseFileAudits audits;
  @Autowired AuditWork work;
  @Autowired TaskListService taskList;
  @Autowired TaskService tasks;
  @Autowired AuditLookup lookup;
  @Autowired AuditorRecordRepository auditorRecords;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;

  long auditId;
  String moderationTask;

  @BeforeEach
  void anInadequateAuditAwaitingModeration() {
    auditorRecords.findById("auditor1").orElseGet(() -> auditorRecords.save(new AuditorRecord("auditor1", Instant.now())));
    auditId = audits.start(AuditFixtures.fileInStroudTeam(roster, caseFiles), "auditor1", LocalDate.now().plusDays(5));
    String processId = lookup.byId(auditId).processInstanceId();
    TestUsers.auditor1();
    work.submit(tasks.createTaskQuery().processInstanceId(processId).singleResult().getId(),
        AuditFixtures.completeForm(Grade.INADEQUATE, Grade.INADEQUATE));
    TestUsers.signIn("moderator1", List.of("moderator"), "QA", "QA-AUDIT");
    moderationTask = tasks.createTaskQuery().processInstanceBusinessKey(lookup.byId(auditId).childReference())
        .taskDefinitionKey("moderate-audit").singleResult().getId();
    taskList.claim(moderationTask);
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits/moderate/" + moderationTask);
  }

  @AfterEach
  void close() {
    BrowserlessUi.close();
  }

  @Test
  void aChangedGradeNeedsAReasonThenTheModeratedGradeIsFinal() {
    @SuppressWarnings("unchecked")
    RadioButtonGroup<Grade> planning = _get(RadioButtonGroup.class, spec -> spec.withId("moderated-PLANNING"));
    planning.setValue(Grade.REQUIRES_IMPROVEMENT);
    @SuppressWarnings("unchecked")
    RadioButtonGroup<QualityRating> quality = _get(RadioButtonGroup.class, spec -> spec.withId("quality"));
    quality.setValue(QualityRating.ADEQUATE);
    _get(TextArea.class, spec -> spec.withId("feedback")).setValue("Evidence for planning was thin.");

    ButtonKt._click(_get(Button.class, spec -> spec.withId("accept-audit")));

    TextField reason = _get(TextField.class, spec -> spec.withId("reason-PLANNING"));
    assertThat(reason.isInvalid()).isTrue();
    assertThat(tasks.createTaskQuery().taskId(moderationTask).count()).isEqualTo(1);
    NotificationsKt.clearNotifications();

    reason.setValue("A plan exists but lacks timescales.");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("accept-audit")));

    assertThat(tasks.createTaskQuery().taskId(moderationTask).count()).isZero();
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.CLOSED);
    assertThat(lookup.details(lookup.byId(auditId)).moderations()).singleElement().satisfies(m -> {
      assertThat(m.areas().get(PracticeArea.PLANNING).auditorGrade()).isEqualTo(Grade.INADEQUATE);
      assertThat(m.areas().get(PracticeArea.PLANNING).moderatedGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
      assertThat(m.quality()).isEqualTo(QualityRating.ADEQUATE);
    });
  }
}
