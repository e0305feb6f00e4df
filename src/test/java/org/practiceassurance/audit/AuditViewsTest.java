package org.practiceassurance.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.audit.internal.AuditorRecord;
import org.practiceassurance.audit.internal.AuditorRecordRepository;
import org.practiceassurance.audit.ui.AuditView;
import org.practiceassurance.audit.ui.AuditsView;
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
 * Browserless: the Audits list fetches its rows page by page with the count beside it, filters and
 * explains a bad filter in place, and opens an audit's own page; the page shows the audit whole to
 * those who may see it and the same "not available" to everyone else and for an id that does not exist.
 */
@SpringBootTest
class AuditViewsTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseFileAudits caseFileAudits;
  @Autowired AuditWork work;
  @Autowired AuditLookup lookup;
  @Autowired TaskService tasks;
  @Autowired TaskListService taskList;
  @Autowired RuntimeService runtime;
  @Autowired AuditorRecordRepository auditorRecords;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;

  @AfterEach
  void close() {
    BrowserlessUi.close();
  }

  private static String text(String id) {
    return _get(Span.class, spec -> spec.withId(id)).getText();
  }

  @Test
  void theListFetchesPageByPageWithTheCountAndOpensAnAuditsPage() {
    String stamp = String.valueOf(System.nanoTime() % 1_000_000);
    String team = "V" + stamp + "-T";
    jdbc.update("""
        insert into pa.audit (child_reference, service_code, team_code, due_date, status, created_at)
        select ?::text || lpad(g::text, 3, '0'), ?, ?, current_date + 7, 'UNASSIGNED', now() - interval '1 day' + g * interval '1 second'
          from generate_series(0, 119) g
        """, "V" + stamp + "-", "V" + stamp, team);
    TestUsers.signIn("tm." + stamp, List.of("team-manager"), "V" + stamp, team);
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits");

    NavigatorKt.expectView(AuditsView.class);
    @SuppressWarnings("unchecked")
    Grid<AuditSummary> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
    assertThat(text("audit-count")).isEqualTo("120 audits");
    assertThat(GridKt._size(grid)).isEqualTo(120);
    assertThat(GridKt._get(grid, 0).childReference()).as("newest first").isEqualTo("V" + stamp + "-119");
    assertThat(GridKt._get(grid, 119).childReference()).isEqualTo("V" + stamp + "-000");
    assertThat(GridKt._get(grid, 0).auditor()).isNull();
    assertThat(GridKt._getFormattedRow(grid, 0)).contains("Unassigned", "Waiting for an auditor");

    TextField child = _get(TextField.class, spec -> spec.withId("filter-child"));
    child.setValue("v" + stamp + "-11");
    assertThat(text("audit-count")).isEqualTo("10 audits");
    assertThat(GridKt._size(grid)).isEqualTo(10);
    child.setValue("no spaces");
    assertThat(child.isInvalid()).isTrue();
    assertThat(child.getErrorMessage()).contains("letters, digits and dashes");
    assertThat(GridKt._size(grid)).isZero();
    child.setValue("v" + stamp + "-005");
    assertThat(child.isInvalid()).isFalse();
    assertThat(text("audit-count")).isEqualTo("1 audit");

    GridKt._clickItem(grid, 0, 1, false, false, false, false);
    NavigatorKt.expectView(AuditView.class);
    assertThat(_get(H2.class, spec -> spec.withId("audit-heading")).getText()).isEqualTo("Audit of V" + stamp + "-005");
  }

  @Test
  void anAuditsPageShowsItWholeToThoseWhoMaySeeItAndNotAvailableToOthers() {
    var record = auditorRecords.findById("auditor1").orElseGet(() -> new AuditorRecord("auditor1", java.time.Instant.now()));
    record.setInDevelopment(false, java.time.Instant.now());
    auditorRecords.save(record);
    var file = AuditFixtures.fileInStroudTeam(roster, caseFiles);
    long auditId = caseFileAudits.start(file, "auditor1", LocalDate.now().plusDays(9));
    String processId = lookup.byId(auditId).processInstanceId();
    runtime.setVariable(processId, "sampleDraw", 0.99); // not sampled: no moderation
    TestUsers.auditor1();
    AuditForm form = AuditFixtures.completeForm(Grade.GOOD, Grade.GOOD);
    form.actions().add(new AuditForm.ProposedAction("Record the child's wishes about contact", "sw1",
        LocalDate.now().plusDays(14), "MEDIUM"));
    work.submit(tasks.createTaskQuery().processInstanceId(processId).singleResult().getId(), form);
    TestUsers.signOut();

    TestUsers.tm1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits/" + auditId);
    NavigatorKt.expectView(AuditView.class);
    assertThat(_get(H2.class, spec -> spec.withId("audit-heading")).getText()).isEqualTo("Audit of " + file.childReference());
    assertThat(_get(Div.class, spec -> spec.withId("audit-facts")).getElement().getTextRecursively())
        .contains("CF-STR-1", "auditor1", "Awaiting actions", "sw1", "tm1");
    assertThat(text("area-PLANNING-grade")).isEqualTo("Good");
    assertThat(_get(Paragraph.class, spec -> spec.withId("area-PLANNING-evidence")).getText())
        .isEqualTo("Evidence for " + PracticeArea.PLANNING.label());
    assertThat(text("audit-child-voice")).startsWith("The child's wishes about contact are recorded");
    assertThat(text("audit-risk")).isEqualTo("Yes");
    assertThat(text("audit-final-grade")).isEqualTo("Good");
    assertThat(text("audit-moderation-reason")).isEqualTo("No");
    // Where the audit stands: read only when opened; it waits for its actions.
    _get(_get(Div.class, spec -> spec.withId("audit-process")), Details.class).setOpened(true);
    assertThat(_get(OrderedList.class, spec -> spec.withId("process-steps")).getElement().getTextRecursively())
        .contains("Complete case-file audit", "Now: ");
    @SuppressWarnings("unchecked")
    Grid<ActionSummary> actions = _get(Grid.class, spec -> spec.withId("audit-actions"));
    assertThat(GridKt._size(actions)).isEqualTo(1);
    assertThat(GridKt._get(actions, 0).description()).isEqualTo("Record the child's wishes about contact");
    assertThat(_get(OrderedList.class, spec -> spec.withId("audit-history")).getElement().getTextRecursively())
        .contains("Audit started", "Assigned to auditor1", "Submitted (auditor1)", "Not selected for moderation",
            "raised for sw1");
    BrowserlessUi.close();

    TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null);
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("audits/" + auditId);
    String refused = _get(Paragraph.class, spec -> spec.withId("audit-refused")).getText();
    assertThat(refused).isEqualTo("There is no audit " + auditId + " that you may see. The Audits list shows every audit"
        + " open to you.");
    UI.getCurrent().navigate("audits/" + (auditId + 1_000_000));
    assertThat(_get(Paragraph.class, spec -> spec.withId("audit-refused")).getText())
        .as("an audit that does not exist reads the same").isEqualTo(refused.replace(String.valueOf(auditId),
            String.valueOf(auditId + 1_000_000)));
  }
}
