package org.practiceassurance.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.EndToEndTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dip sample in real Chromium through the real Keycloak login: qm1 designs and launches a 6-file
 * Protection sample over two reviewers (auditor1, auditor2), both review their files, qm1 writes the
 * findings and runs it again; the second run is reviewed and the comparison shows the change.
 * (Review forms are opened by their task's address: the task lists also hold other tests' work.)
 */
class DipSampleEndToEndTest extends EndToEndTest {

  @Autowired RosterImport roster;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @org.junit.jupiter.api.AfterEach
  void withdrawRunningSamples() {
    // the second run's findings task is left open; later browser tests read qm1's task list
    runtime.createProcessInstanceQuery().processDefinitionKey("dip-sample").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
  }

  private static void choose(Page page, String groupId, String label) {
    page.locator("#" + groupId).getByText(label, new Locator.GetByTextOptions().setExact(true)).click();
  }

  private List<Task> reviewTasks(String reviewer, String stamp) {
    return tasks.createTaskQuery().taskDefinitionKey("review-file").taskAssignee(reviewer)
        .taskNameLike("Review DSE" + stamp + "%").list();
  }

  /** The reviewer answers every question of each of their files and submits. */
  private void reviewAll(String reviewer, String stamp, String answer, String run) {
    List<Task> mine = reviewTasks(reviewer, stamp);
    assertThat(mine).hasSize(3);
    Page page = signIn(reviewer);
    for (Task task : mine) {
      page.navigate(app() + "/dip-samples/review/" + task.getId());
      assertThat(page.locator("#review-title")).containsText("Review DSE" + stamp);
      for (int q = 1; q <= 4; q++) {
        choose(page, "answer-" + q, answer);
      }
      page.locator("#answer-5 textarea").fill("Safety plan on file, reviewed with the family.");
      page.locator("#notes-1 input").fill("Checked the latest core group minutes.");
      page.locator("#submit-review").click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    }
    assertThat(reviewTasks(reviewer, stamp)).isEmpty();
    done(page, run + "-reviewed-by-" + reviewer);
  }

  @Test
  void designLaunchReviewFindingsRunAgainAndCompare() {
    String stamp = String.valueOf(System.nanoTime() % 100_000);
    List<String> references = new ArrayList<>();
    StringBuilder csv = new StringBuilder("child_reference,display_name,date_of_birth,legal_status,service,team,locality,"
        + "allocated_worker,team_manager,date_opened\n");
    for (int i = 0; i < 5; i++) {
      for (String team : new String[] {"A", "B"}) {
        String child = "DSE" + stamp + "-" + team + i;
        references.add(child);
        csv.append(child).append(",,2014-03-0").append(i + 1).append(",CP,CF,E2E").append(stamp).append("-").append(team)
            .append(team.equals("A") ? ",Stroud" : ",Cotswold").append(",sw1,tm1,2024-02-01\n");
      }
    }
    TestUsers.qm1();
    assertThat(roster.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), false)
        .rejected()).isEmpty();
    TestUsers.signOut();

    // qm1 designs a 6-file Protection sample stratified by team over auditor1 and auditor2, previews and launches it.
    Page qm = signIn("qm1");
    qm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dip samples")).click();
    qm.locator("#design-dip-sample").click();
    qm.locator("#title input").fill("Protection plans " + stamp);
    pick(qm, "theme", "Protection");
    qm.locator("#child-references textarea").fill(String.join("\n", references));
    qm.locator("#size input").fill("6");
    choose(qm, "stratify-by", "Team");
    pick(qm, "reviewers", "auditor1");
    pick(qm, "reviewers", "auditor2");
    qm.keyboard().press("Escape");
    qm.locator("#preview").click();
    assertThat(qm.locator("#preview-summary")).containsText("6 files drawn from a population of 10");
    assertThat(qm.locator("#reviewer-load")).hasText("Who holds what: auditor1 3 · auditor2 3");
    qm.locator("#launch").click();
    assertThat(qm.locator("#sample-progress")).hasText("0 of 6 files reviewed");
    qm.waitForURL(Pattern.compile(".*/dip-sample/\\d+$")); // the address follows the view a moment later
    long first = Long.parseLong(qm.url().replaceAll(".*/dip-sample/", ""));
    done(qm, "dip-sample-1-launched");

    reviewAll("auditor1", stamp, "No", "run1");
    reviewAll("auditor2", stamp, "Partly", "run1");

    // qm1 reads the results, writes the findings and runs the sample again now.
    String findingsTask = tasks.createTaskQuery().processInstanceBusinessKey("DS-" + first)
        .taskDefinitionKey("write-findings").singleResult().getId();
    qm = signIn("qm1");
    qm.navigate(app() + "/dip-samples/findings/" + findingsTask);
    assertThat(qm.locator("#overall-compliance")).containsText("6 of 6 files reviewed. Overall compliance 25 %");
    qm.locator("#findings textarea").fill("Safety plans rarely say who does what by when.");
    qm.locator("#remediation textarea").fill("Team A: every CP plan rewritten with named actions within two weeks.");
    choose(qm, "rerun", "Yes, now");
    qm.locator("#publish-findings").click();
    assertThat(qm.locator("#sample-findings")).hasText("Safety plans rarely say who does what by when.");
    assertThat(qm.locator("#sample-rerun")).hasText("Run again: Run again at once");
    qm.locator("#next-run-link").click();
    assertThat(qm.locator("#sample-title")).containsText("run 2");
    qm.waitForURL(Pattern.compile(".*/dip-sample/(?!" + first + "$)\\d+$"));
    long second = Long.parseLong(qm.url().replaceAll(".*/dip-sample/", ""));
    done(qm, "dip-sample-2-findings");

    reviewAll("auditor1", stamp, "Yes", "run2");
    reviewAll("auditor2", stamp, "Yes", "run2");

    // The comparison shows the distance travelled, question by question.
    qm = signIn("qm1");
    qm.navigate(app() + "/dip-sample/" + second);
    qm.locator("#compare-link").click();
    assertThat(qm.locator("#comparison-summary")).containsText("Overall: 25 % → 100 %, +75 points, yes");
    assertThat(qm.locator("#comparison-table")).containsText("+75 points");
    assertThat(qm.locator("#comparison-chart")).isVisible();
    done(qm, "dip-sample-3-comparison");
    assertThat(jdbc.queryForObject("select previous_run_id from pa.dip_sample where id = ?", Long.class, second))
        .isEqualTo(first);
  }
}
