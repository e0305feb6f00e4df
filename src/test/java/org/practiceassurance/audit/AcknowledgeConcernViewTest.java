package org.practiceassurance.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Browserless: the team manager opens the urgent task, reads the concern and acknowledges it; another team's manager cannot. */
@SpringBootTest
class AcknowledgeConcernViewTest {

  @Autowired ApplicationContext context;
  @Autowired CaseFileAudits audits;
  @Autowired AuditWork work;
  @Autowired AuditLookup lookup;
  @Autowired TaskService tasks;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void close() {
    BrowserlessUi.close();
  }

  @Test
  void theTeamManagerAcknowledgesFromTheUrgentTask() {
    long auditId = audits.start(AuditFixtures.fileInStroudTeam(roster, caseFiles), "auditor1", LocalDate.now().plusDays(9));
    String processId = lookup.byId(auditId).processInstanceId();
    TestUsers.auditor1();
    work.saveDraft(tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey("complete-audit")
        .singleResult().getId(), new AuditForm());
    long concernId = work.flagChildAtRisk(auditId, "Child seen with unexplained injuries.");
    String taskId = tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey("acknowledge-concern")
        .singleResult().getId();

    TestUsers.auditor2(); // manages another team
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("concerns/acknowledge/" + taskId);
    assertThat(_get(Paragraph.class).getText()).contains("not yours to work on");
    _assertNone(Button.class, spec -> spec.withId("acknowledge-concern"));
    BrowserlessUi.close();

    TestUsers.tm1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("concerns/acknowledge/" + taskId);
    ButtonKt._click(_get(Button.class, spec -> spec.withId("acknowledge-concern")));

    assertThat(jdbc.queryForObject("select status from pa.concern where id = ?", String.class, concernId)).isEqualTo("ACKNOWLEDGED");
    assertThat(jdbc.queryForObject("select acknowledged_by from pa.concern where id = ?", String.class, concernId)).isEqualTo("tm1");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
  }
}
