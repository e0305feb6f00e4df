package org.practiceassurance.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.ui.StartAuditView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.WorkTask;
import org.practiceassurance.workflow.ui.TaskListView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless: a quality manager starts an audit, bad input is explained in place, and an auditor finds the task. */
@SpringBootTest
class StartAuditViewTest {

  @Autowired ApplicationContext context;
  @Autowired TaskService tasks;
  @Autowired org.practiceassurance.casefile.RosterImport roster;
  @Autowired org.practiceassurance.casefile.CaseFiles caseFiles;

  @BeforeEach
  void signIn() {
    TestUsers.qm1();
    BrowserlessUi.open(context);
  }

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private static TextField childReference() {
    return _get(TextField.class, spec -> spec.withId("child-reference"));
  }

  @Test
  void aMalformedReferenceIsShownOnTheFieldAndStartsNothing() {
    UI.getCurrent().navigate("audits/start");
    _get(StartAuditView.class);
    long before = tasks.createTaskQuery().count();

    childReference().setValue("no spaces allowed");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("start-audit")));

    assertThat(childReference().isInvalid()).isTrue();
    assertThat(childReference().getErrorMessage()).contains("letters, digits or dashes");
    assertThat(childReference().getValue()).isEqualTo("no spaces allowed");
    assertThat(tasks.createTaskQuery().count()).isEqualTo(before);
  }

  @Test
  void aStartedAuditAppearsInAnAuditorsTaskList() {
    UI.getCurrent().navigate("audits/start");
    String reference = AuditFixtures.fileInStroudTeam(roster, caseFiles).childReference();
    childReference().setValue(reference);
    ButtonKt._click(_get(Button.class, spec -> spec.withId("start-audit")));

    NotificationsKt.expectNotifications("Audit of " + reference + " started and offered to the auditors.");
    assertThat(childReference().getValue()).isEmpty();

    BrowserlessUi.close();
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");
    _get(TaskListView.class);
    @SuppressWarnings("unchecked")
    Grid<WorkTask> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
    assertThat(grid.getGenericDataView().getItems())
        .anyMatch(t -> reference.equals(t.businessKey()) && t.assignee() == null && "CF-STR-1".equals(t.teamCode()));
  }

  @Test
  void aSecondAuditOfAChildWithAnOpenOneIsRefusedOnTheFieldNamingTheOpenAudit() {
    UI.getCurrent().navigate("audits/start");
    String reference = AuditFixtures.fileInStroudTeam(roster, caseFiles).childReference();
    childReference().setValue(reference);
    ButtonKt._click(_get(Button.class, spec -> spec.withId("start-audit")));
    long before = tasks.createTaskQuery().count();

    childReference().setValue(reference);
    ButtonKt._click(_get(Button.class, spec -> spec.withId("start-audit")));

    assertThat(childReference().isInvalid()).isTrue();
    assertThat(childReference().getErrorMessage()).startsWith(reference + " already has an open audit: audit ")
        .contains("waiting for an auditor");
    assertThat(childReference().getValue()).as("nothing typed is lost").isEqualTo(reference);
    assertThat(tasks.createTaskQuery().count()).isEqualTo(before);
  }
}
