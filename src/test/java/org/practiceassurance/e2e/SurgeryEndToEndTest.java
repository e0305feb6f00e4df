package org.practiceassurance.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.surgery.LogActionRequest;
import org.practiceassurance.surgery.Surgeries;
import org.practiceassurance.surgery.SurgeryLevel;
import org.practiceassurance.support.EndToEndTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team surgery in real Chromium through the real Keycloak login: the fortnightly calendar makes hos1's
 * surgery of a team due; hos1 prepares it from the pack, holds it (carries forward the open action of
 * the team's previous surgery with a reason, logs two actions, one for a child, asks for a dip sample),
 * closes it; later, once the owner has marked one done, hos1 clears it as its accountable head of
 * service. (The previous surgery and the owner's "done" are set up through the services.)
 */
class SurgeryEndToEndTest extends EndToEndTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired RosterImport roster;
  @Autowired Surgeries surgeries;
  @Autowired ActionWork actionWork;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.practiceassurance.surgery.internal.SurgeryCalendar calendar;

  @AfterEach
  void withdrawSurgeries() {
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    runtime.createProcessInstanceQuery().processDefinitionKey("dip-sample").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
  }

  private static void hos1() {
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
  }

  @Test
  void hos1PreparesHoldsAndLaterClearsATeamSurgery() {
    String stamp = String.valueOf(System.nanoTime() % 100_000);
    String team = "SGE" + stamp + "-T";
    String child = "SGE-" + stamp + "-1";
    TestUsers.qm1();
    assertThat(roster.importCsv(new ByteArrayInputStream(("child_reference,display_name,date_of_birth,legal_status,service,"
        + "team,locality,allocated_worker,team_manager,date_opened\n" + child + ",,2015-05-05,CP,CF," + team
        + ",Stroud,sw1,tm1,2024-01-01\n").getBytes(StandardCharsets.UTF_8)), false).rejected()).isEmpty();
    // The team's previous surgery left one action open.
    hos1();
    long previous = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, team, LocalDate.now(UK));
    surgeries.prepare(tasks.createTaskQuery().processInstanceBusinessKey("SG-" + previous).singleResult().getId(), "hos1, tm1");
    String earlier = surgeries.logAction(previous, new LogActionRequest("Re-run supervision audit", "tm1",
        LocalDate.now(UK).plusDays(10), "hos1", null, null));
    surgeries.close(tasks.createTaskQuery().processInstanceBusinessKey("SG-" + previous).singleResult().getId());
    TestUsers.signOut();

    // The morning tick on the next fortnightly day: that fortnight's team surgeries fall due (other teams' are withdrawn to keep hos1's list short).
    LocalDate day = LocalDate.now(UK).plusDays(1);
    while (!calendar.teamSurgeriesFallDue(day)) {
      day = day.plusDays(1);
    }
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(7, 0).atZone(UK).toInstant()));
    try {
      management.executeJob(management.createJobQuery().activityId("calendar-tick").singleResult().getId());
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    Long surgery = jdbc.queryForObject("select max(id) from pa.surgery where team_code = ? and ad_hoc = false", Long.class, team);
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list().stream()
        .filter(p -> !("SG-" + surgery).equals(p.getBusinessKey()))
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "not this test's surgery"));

    // hos1 prepares it from the pack.
    Page hos = signIn("hos1");
    filterTasks(hos, "SG-" + surgery);
    hos.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open Prepare the surgery for SG-" + surgery)).click();
    assertThat(hos.locator("#surgery-title")).containsText("Surgery: Team " + team);
    assertThat(hos.locator("#pack-open-actions")).containsText(earlier);
    hos.locator("#attendees textarea").fill("hos1 (chair), tm1, performance officer");
    hos.locator("#prepared").click();

    // ...and holds it: the earlier action first, then the log, a dip sample, and close.
    hos.locator("#review-" + earlier).getByText("Carried forward", new Locator.GetByTextOptions().setExact(true)).click();
    hos.locator("#reason-" + earlier + " input").fill("Audit tool being rewritten; due next month");
    hos.locator("#record-" + earlier).click();
    assertThat(hos.getByText(java.util.regex.Pattern.compile("^" + earlier + ":"))).containsText("reviewed");
    hos.locator("#log-description textarea").fill("Clear the supervision backlog: every worker supervised this month");
    hos.locator("#log-owner input").fill("tm1");
    hos.locator("#log-add").click();
    assertThat(hos.locator("#surgery-log")).containsText("Clear the supervision backlog");
    hos.locator("#log-description textarea").fill("See the child alone and update the safety plan");
    hos.locator("#log-owner input").fill("sw1");
    hos.locator("#log-child input").fill(child);
    hos.locator("#log-add").click();
    assertThat(hos.locator("#surgery-log")).containsText(child);
    pick(hos, "dip-theme", "Re-referrals");
    hos.locator("#dip-reason textarea").fill("Re-referrals rose three months running: are closures safe?");
    hos.locator("#ask-dip-sample").click();
    assertThat(hos.locator("#surgery-dip-samples")).containsText("RE_REFERRALS");
    hos.locator("#close-surgery").click();
    assertThat(hos.locator("#surgery-about")).containsText("Status: held");
    done(hos, "surgery-1-held");

    List<String> logged = jdbc.queryForList("select action_id from pa.surgery_action where surgery_id = ? order by action_id",
        String.class, surgery);
    assertThat(logged).hasSize(2);
    assertThat(jdbc.queryForObject("select outcome from pa.surgery_action_review where surgery_id = ? and action_id = ?",
        String.class, surgery, earlier)).isEqualTo("CARRIED_FORWARD");
    assertThat(jdbc.queryForObject("select count(*) from pa.dip_sample where request_source = ?", Integer.class,
        "SURGERY:" + surgery)).isEqualTo(1);

    // Later: tm1 marks the team action done; hos1, accountable, clears it from the surgeries page.
    String teamAction = jdbc.queryForObject("select action_id from pa.surgery_action where surgery_id = ? and child_reference is null",
        String.class, surgery);
    TestUsers.tm1();
    actionWork.markDone(tasks.createTaskQuery().processInstanceBusinessKey(teamAction).taskDefinitionKey("carry-out-action")
        .singleResult().getId(), "All twelve workers supervised; records on the files.", null);
    TestUsers.signOut();
    hos = signIn("hos1");
    hos.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Surgeries")).click();
    assertThat(hos.locator("#accountable-actions")).containsText("Done, awaiting verification");
    hos.locator("#verify-" + teamAction).click();
    hos.locator("#verify-comment textarea").fill("Supervision records seen for all twelve workers.");
    hos.locator("#close-action").click();
    assertThat(hos.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    hos.navigate(app() + "/surgery/" + surgery);
    assertThat(hos.locator("#surgery-log")).containsText("Closed");
    done(hos, "surgery-2-cleared");
    assertThat(jdbc.queryForObject("select status from pa.action where id = ?", String.class, teamAction)).isEqualTo("CLOSED");
  }
}
