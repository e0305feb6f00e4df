package org.practiceassurance.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.EndToEndTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole audit in real Chromium through the real Keycloak login, one person at a time: qm1
 * launches a small programme; auditor1 grades the file Inadequate, raises one action and flags the
 * child at risk; moderator1 changes one area's grade; tm1 sees the concern; sw1 does the action;
 * hos1 verifies it; the audit shows closed and the register keeps the entry.
 */
class AuditLifecycleEndToEndTest extends EndToEndTest {

  @Autowired RosterImport roster;
  @Autowired JdbcTemplate jdbc;

  private static void choose(Page page, String groupId, String label) {
    page.locator("#" + groupId + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label)).click();
  }

  /** Narrows the task list to one task: the demo users' lists also hold other tests' work. */
  private static void filter(Page page, String text) {
    filterTasks(page, text);
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  @Test
  void anAuditFromProgrammeToClosure() {
    String team = "E2E" + System.nanoTime() % 100_000;
    String child = team + "-1";
    TestUsers.qm1();
    roster.importCsv(new ByteArrayInputStream(("child_reference,display_name,date_of_birth,legal_status,service,team,locality,"
        + "allocated_worker,team_manager,date_opened\n" + child + ",Test Child,2015-06-01,CP,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-10\n")
        .getBytes(StandardCharsets.UTF_8)), false);
    TestUsers.signOut();

    // qm1 launches a one-file programme for team CF-STR-1, the file's team.
    Page qm = signIn("qm1");
    qm.navigate(app() + "/audits/programme");
    qm.locator("#programme-teams").click();
    qm.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("CF-STR-1")).click();
    qm.keyboard().press("Escape");
    qm.locator("#files-per-team input").fill("50");
    qm.locator("#draft-programme").click();
    assertThat(qm.locator("#programme-items")).containsText(child);
    qm.locator("#launch-programme").click();
    assertThat(qm.getByText(Pattern.compile("audits started and assigned"))).isVisible();
    String auditor = jdbc.queryForObject("select auditor from pa.audit where child_reference = ?", String.class, child);
    done(qm, "audit-1-programme");
    assertThat(auditor).isIn("auditor1", "auditor2");

    // The auditor grades it Inadequate, raises an action for sw1 and flags the child at risk.
    Page au = signIn(auditor);
    filter(au, child);
    button(au, "Open Complete case-file audit for " + child).click();
    assertThat(au.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit of " + child))).isVisible();
    for (String area : new String[] {"SUPERVISION", "VISITING", "ASSESSMENT", "PLANNING", "RECORDING"}) {
      choose(au, "grade-" + area, area.equals("VISITING") || area.equals("PLANNING") ? "Inadequate" : "Requires improvement");
      au.locator("#evidence-" + area + " textarea").fill("Evidence seen on the file for " + area.toLowerCase() + ".");
    }
    au.locator("#child-voice textarea").fill("The child's wish to see her grandmother is not recorded.");
    au.locator("#diversity textarea").fill("Language recorded; faith not considered.");
    choose(au, "risk-acted-on", "No");
    au.locator("#risk-notes textarea").fill("Missing episodes were not followed by return-home interviews.");
    assertThat(au.locator("#suggested-grade")).hasText("Suggested overall grade: Inadequate");
    au.locator("#overall-grade").click();
    au.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Inadequate")).click();
    au.locator("#add-action").click();
    au.locator("#action-0-description input").fill("Hold a return-home interview and record it");
    au.locator("#action-0-owner input").fill("sw1");
    au.locator("#concern-reason textarea").fill("Went missing twice this month; no strategy discussion held.");
    au.locator("#flag-child-at-risk").click();
    assertThat(au.getByText(Pattern.compile("is on the register"))).isVisible();
    au.locator("#submit-audit").click();
    assertThat(au.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    done(au, "audit-2-audited");

    // moderator1 changes one area's grade with a reason and accepts the audit.
    Page mod = signIn("moderator1");
    filter(mod, child);
    button(mod, "Claim Moderate audit for " + child).click();
    button(mod, "Open Moderate audit for " + child).click();
    choose(mod, "moderated-RECORDING", "Inadequate");
    mod.locator("#reason-RECORDING input").fill("Case notes are eleven weeks behind.");
    choose(mod, "quality", "Adequate");
    mod.locator("#feedback textarea").fill("Sound judgement; recording was graded too kindly.");
    mod.locator("#accept-audit").click();
    assertThat(mod.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    done(mod, "audit-3-moderated");

    // tm1 sees the concern on the register.
    Page tm = signIn("tm1");
    tm.navigate(app() + "/concerns");
    assertThat(tm.locator("#concern-grid")).containsText(child);
    done(tm, "audit-4-concern");

    // sw1 does the action; hos1 verifies and closes it.
    String actionId = jdbc.queryForObject("select id from pa.action where child_reference = ?", String.class, child);
    Page sw = signIn("sw1");
    filter(sw, actionId);
    button(sw, "Open Carry out action for " + actionId).click();
    sw.locator("#note-text textarea").fill("Return-home interview held on Monday and recorded on the file.");
    sw.locator("#mark-done").click();
    assertThat(sw.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    done(sw, "audit-5-action-done");

    Page hos = signIn("hos1");
    filter(hos, actionId);
    button(hos, "Claim Verify and close action for " + actionId).click();
    button(hos, "Open Verify and close action for " + actionId).click();
    hos.locator("#verify-comment textarea").fill("Interview record seen.");
    hos.locator("#close-action").click();
    assertThat(hos.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();

    // The audit is closed with the moderated grades kept beside the auditor's; the register keeps the entry.
    hos.navigate(app() + "/audits");
    assertThat(hos.locator("#audit-grid")).containsText(child);
    assertThat(hos.locator("#audit-grid")).containsText("Closed");
    done(hos, "audit-6-verified");
    assertThat(jdbc.queryForObject("select status from pa.audit where child_reference = ?", String.class, child)).isEqualTo("CLOSED");
    assertThat(jdbc.queryForObject("select count(*) from pa.moderation_area m join pa.moderation d on d.id = m.moderation_id "
        + "join pa.audit a on a.id = d.audit_id where a.child_reference = ? and m.area = 'RECORDING' "
        + "and m.auditor_grade = 'REQUIRES_IMPROVEMENT' and m.moderated_grade = 'INADEQUATE'", Integer.class, child)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select status from pa.concern where child_reference = ?", String.class, child)).isEqualTo("OPEN");
  }
}
