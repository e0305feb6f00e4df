package org.practiceassurance.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.Browsers;
import org.practiceassurance.support.EndToEndTest;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End to end in real Chromium: the real Keycloak login page, the Vaadin task list, claim and
 * complete on the real engine and database, and sign-out that ends the Keycloak session too.
 */
class SignInClaimCompleteSignOutTest extends KeycloakBackedTest {

  private static Playwright playwright;
  private static Browser browser;

  @Autowired ProcessEngine engine;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void launchBrowser() {
    playwright = Browsers.playwright();
    browser = Browsers.chromium(playwright);
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
    playwright.close();
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext();
    context.setDefaultTimeout(60_000);
    page = context.newPage();
  }

  @AfterEach
  void screenshotAndClose() {
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "last-page.png")).setFullPage(true));
    context.close();
  }

  private void signInAtKeycloak(String username) {
    assertThat(page.locator("#kc-login")).isVisible();
    assertThat(page.url()).startsWith(TestKeycloak.server().issuerUri());
    page.locator("#username").fill(username);
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
  }

  @Test
  void anAuditorSignsInClaimsAndCompletesTheirAuditThenSignsOutOfKeycloakToo() {
    String reference = "E2E-" + System.currentTimeMillis() % 1_000_000;
    String instanceId = TestProcesses.startTaskListTest(engine, reference, "2030-06-30T16:00:00Z").getId();

    page.navigate(app() + "/");
    signInAtKeycloak("auditor1");

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    assertThat(page.locator("#signed-in-user")).containsText("Sarah Whitfield");
    EndToEndTest.filterTasks(page, reference); // other tests' tasks are in auditor1's list too
    Locator claim = page.getByRole(AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Claim Review file for " + reference));
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "task-list.png")));
    claim.click();

    Locator complete = page.getByRole(AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Complete Review file for " + reference));
    complete.click();
    assertThat(complete).isHidden();

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
        history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).completed().count()).isEqualTo(1));
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).singleResult().getAssignee())
        .isEqualTo("auditor1");
    assertThat(jdbc.queryForObject("select count(*) from pa.access_log where username = 'auditor1' and event = 'LOGIN'",
        Integer.class)).isPositive();

    page.locator("#sign-out").click();
    assertThat(page.locator("#kc-login")).isVisible();
    page.navigate(app() + "/");
    assertThat(page.locator("#kc-login")).isVisible();
    assertThat(jdbc.queryForObject("select count(*) from pa.access_log where username = 'auditor1' and event = 'LOGOUT'",
        Integer.class)).isPositive();
  }

  @Test
  void aSocialWorkerNeverSeesTheAuditorsWorkNorTheAdministratorsPages() {
    String reference = "E2E-SW-" + System.currentTimeMillis() % 1_000_000;
    TestProcesses.startTaskListTest(engine, reference, "2030-06-30T16:00:00Z");

    page.navigate(app() + "/");
    signInAtKeycloak("sw1");

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    assertThat(page.getByText(reference)).hasCount(0);
    assertThat(page.navigate(app() + "/camunda/app/cockpit/default/").status()).isEqualTo(403);
    assertThat(page.getByRole(AriaRole.HEADING)).hasText("This page is not available to you");
  }
}
