package org.practiceassurance.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
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
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPath;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * "Where this case stands" on the audit's pages, over the real case-file-audit process: submitted
 * as Inadequate it goes to moderation (the call activity is the current step, the "no" branch is not
 * on the path), and the moderator and the auditor read the same in words.
 */
@SpringBootTest
class WhereTheAuditStandsTest {

  @Autowired ApplicationContext context;
  @Autowired CaseFileAudits audits;
  @Autowired AuditWork work;
  @Autowired TaskListService taskList;
  @Autowired TaskService tasks;
  @Autowired AuditLookup lookup;
  @Autowired AuditorRecordRepository auditorRecords;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;
  @Autowired ProcessPaths paths;

  long auditId;
  String processId;

  @BeforeEach
  void anAudit() {
    auditorRecords.findById("auditor1").orElseGet(() -> auditorRecords.save(new AuditorRecord("auditor1", Instant.now())));
    auditId = audits.start(AuditFixtures.fileInStroudTeam(roster, caseFiles), "auditor1", LocalDate.now().plusDays(5));
    processId = lookup.byId(auditId).processInstanceId();
  }

  @AfterEach
  void close() {
    BrowserlessUi.close();
  }

  private String auditTask() {
    return tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
  }

  private String moderationTask() {
    return tasks.createTaskQuery().processInstanceBusinessKey(lookup.byId(auditId).childReference())
        .taskDefinitionKey("moderate-audit").singleResult().getId();
  }

  private static List<String> stepsInWords() {
    return _find(_get(OrderedList.class, spec -> spec.withId("process-steps")), ListItem.class).stream()
        .map(ListItem::getText).toList();
  }

  private static void openWhereItStands() {
    _assertNone(ProcessDiagram.class); // nothing read or built until someone looks
    _get(Details.class, spec -> spec.withId(ProcessDiagram.DETAILS_ID)).setOpened(true);
  }

  @Test
  void inModerationTheAuditsProcessStandsAtTheCallActivityWithTheModerateBranchTaken() {
    TestUsers.auditor1();
    work.submit(auditTask(), AuditFixtures.completeForm(Grade.INADEQUATE, Grade.INADEQUATE));
    TestUsers.signIn("moderator1", List.of("moderator"), "QA", "QA-AUDIT");

    ProcessPath path = paths.forTask(moderationTask());

    assertThat(path.processInstanceId()).isEqualTo(processId);
    assertThat(path.processName()).isEqualTo("Case-file audit");
    assertThat(path.activeActivityIds()).containsExactly("moderation");
    assertThat(path.completedActivityIds()).contains("audit-requested", "complete-audit", "decide-moderation",
        "moderate-gateway").doesNotContain("moderation", "accepted-join");
    assertThat(path.takenFlowIds()).containsExactlyInAnyOrder("to-complete-audit", "to-decide-moderation",
        "to-moderate-gateway", "moderate-yes");
    String called = path.steps().stream().filter(s -> s.activityId().equals("moderation")).findFirst().orElseThrow()
        .calledProcessInstanceId();
    ProcessPath moderation = paths.forInstance(called);
    assertThat(moderation.processName()).isEqualTo("Audit moderation");
    assertThat(moderation.activeActivityIds()).containsExactly("moderate-audit");

    taskList.claim(moderationTask());
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits/moderate/" + moderationTask());
    openWhereItStands();

    assertThat(_get(Paragraph.class, spec -> spec.withId("process-summary")).getText())
        .isEqualTo("Case-file audit: now at Moderation.");
    List<String> steps = stepsInWords();
    assertThat(steps).hasSize(5);
    assertThat(steps.get(0)).startsWith("Audit requested — ");
    assertThat(steps.get(1)).startsWith("Complete case-file audit — ");
    assertThat(steps.get(3)).startsWith("Moderate?: yes — ");
    assertThat(steps.get(4)).startsWith("Now: Moderation — since ");
    assertThat(_get(ListItem.class, spec -> spec.withText(steps.get(4))).getElement().getAttribute("aria-current"))
        .isEqualTo("step");
    ProcessDiagram.Drawing drawing = _get(ProcessDiagram.Drawing.class);
    assertThat(drawing.getElement().getProperty("marks")).contains("\"active\":[\"moderation\"]");
    assertThat(drawing.getElement().getProperty("xml")).contains("id=\"case-file-audit\"");

    _get(Details.class, spec -> spec.withId(ProcessDiagram.DETAILS_ID)).setOpened(false);
    _assertNone(ProcessDiagram.class); // dropped again when closed
  }

  @Test
  void theAuditorSeesTheAuditAtTheirOwnStep() {
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits/form/" + auditTask());
    openWhereItStands();

    assertThat(_get(Paragraph.class, spec -> spec.withId("process-summary")).getText())
        .isEqualTo("Case-file audit: now at Complete case-file audit.");
    assertThat(stepsInWords()).hasSize(2).last().asString().startsWith("Now: Complete case-file audit — since ");
  }
}
