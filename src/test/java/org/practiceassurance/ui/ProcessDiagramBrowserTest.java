package org.practiceassurance.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.CaseFileAudits;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.Browsers;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.PathTestProcess;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.ProcessPaths;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real Chromium, through the real Keycloak login: "Where this case stands" opens, the bpmn-js
 * npm module draws the process as SVG, the current step carries the active mark, the steps done and
 * the flows taken carry theirs, the branch not taken carries none, and the words say the same.
 */
class ProcessDiagramBrowserTest extends KeycloakBackedTest {

  private static final Pattern ACTIVE = Pattern.compile("(^|\\s)pa-active(\\s|$)");
  private static final Pattern DONE = Pattern.compile("(^|\\s)pa-done(\\s|$)");
  private static final Pattern TAKEN = Pattern.compile("(^|\\s)pa-taken(\\s|$)");
  /** The first drawing waits for the page's bundle and bpmn-js to load, slow on a busy machine. */
  private static final LocatorAssertions.HasAttributeOptions DRAWN =
      new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);
  private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

  private static Playwright playwright;
  private static Browser browser;

  @Autowired ProcessEngine engine;
  @Autowired ProcessPaths paths;
  @Autowired RosterImport roster;
  @Autowired CaseFileAudits audits;

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
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    context.setDefaultTimeout(60_000);
    page = context.newPage();
  }

  @AfterEach
  void close() {
    context.close();
    TestUsers.signOut();
  }

  /** Opens the harness for one instance, signs in and opens "Where this case stands"; returns the drawing. */
  private Locator openDiagramOf(String processInstanceId) {
    page.navigate(app() + "/test-harness/diagram/" + processInstanceId);
    assertThat(page.locator("#kc-login")).isVisible(SLOW);
    assertThat(page.url()).startsWith(TestKeycloak.server().issuerUri());
    page.locator("#username").fill("auditor1");
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
    Locator summary = page.getByText(ProcessDiagram.DETAILS_SUMMARY);
    assertThat(summary).isVisible(SLOW);
    assertThat(page.locator("#process-diagram")).hasCount(0); // nothing built until opened
    summary.click();
    Locator drawing = page.locator("pa-bpmn-diagram#process-diagram");
    assertThat(drawing).hasAttribute("rendered", "", DRAWN);
    assertThat(drawing.locator(".djs-container > svg")).isVisible();
    return drawing;
  }

  private static Locator element(Locator drawing, String id) {
    return drawing.locator("g.djs-element[data-element-id=\"" + id + "\"]");
  }

  @Test
  void theCurrentStepIsMarkedActiveAndThePathTakenDoneOnTheDrawnDiagram() {
    String instance = PathTestProcess.start(engine);
    PathTestProcess.complete(engine, instance, "prepare", Map.of("urgent", false));
    PathTestProcess.complete(engine, instance, "check-a", Map.of());

    Locator drawing = openDiagramOf(instance);

    assertThat(page.evaluate("() => customElements.get('pa-bpmn-diagram') !== undefined")).isEqualTo(true);
    assertThat(drawing).hasAttribute("role", "img");
    assertThat(drawing).hasAttribute("aria-label", Pattern.compile("Path test: now at Check B\\."));
    assertThat(element(drawing, "check-b")).hasClass(ACTIVE);
    assertThat(element(drawing, "check-b")).not().hasClass(DONE);
    assertThat(element(drawing, "check-a")).hasClass(DONE);
    assertThat(element(drawing, "check-a")).not().hasClass(ACTIVE);
    assertThat(element(drawing, "prepare")).hasClass(DONE);
    assertThat(element(drawing, "f-urgent-no")).hasClass(TAKEN);
    assertThat(element(drawing, "f-split-b")).hasClass(TAKEN);
    assertThat(element(drawing, "f-urgent-yes")).not().hasClass(TAKEN);
    assertThat(element(drawing, "escalate")).not().hasClass(Pattern.compile("pa-"));
    assertThat(drawing.locator("g.djs-element.pa-active")).hasCount(1);
    // The names are SVG text; the active step's box is outlined (its stroke is the marker's blue).
    assertThat(drawing.locator("text", new Locator.LocatorOptions().setHasText("Check B"))).hasCount(1);
    assertThat(element(drawing, "check-b").locator(".djs-visual > rect").first().evaluate("r => getComputedStyle(r).stroke"))
        .isEqualTo("rgb(21, 101, 192)");
    // The whole process fits in the width: nothing drawn beyond the element's box.
    var box = drawing.boundingBox();
    var drawn = drawing.locator(".djs-container > svg > .viewport").boundingBox();
    assertThat(drawn.x).isGreaterThanOrEqualTo(box.x - 1);
    assertThat(drawn.x + drawn.width).isLessThanOrEqualTo(box.x + box.width + 1);

    Locator steps = page.locator("#process-steps li");
    assertThat(steps.first()).hasText(Pattern.compile("^Requested — \\d"));
    assertThat(steps.nth(2)).hasText(Pattern.compile("^Urgent\\?: no — "));
    assertThat(steps.last()).hasText(Pattern.compile("^Now: Check B — since "));
    assertThat(steps.last()).hasAttribute("aria-current", "step");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "process-diagram.png")).setFullPage(true));

    // Closed, it is dropped; opened again, it is read and drawn afresh.
    page.getByText(ProcessDiagram.DETAILS_SUMMARY).click();
    assertThat(page.locator("#process-diagram")).hasCount(0);
    PathTestProcess.complete(engine, instance, "check-b", Map.of());
    page.getByText(ProcessDiagram.DETAILS_SUMMARY).click();
    assertThat(drawing).hasAttribute("rendered", "", DRAWN);
    assertThat(element(drawing, "decide")).hasClass(ACTIVE);
    assertThat(element(drawing, "check-b")).hasClass(DONE);
  }

  @Test
  void theAuditProcessAsDeployedDrawsWithItsFirstStepActive() {
    String reference = "PD-" + System.nanoTime() % 100_000_000;
    TestUsers.qm1();
    roster.importCsv(new ByteArrayInputStream(("child_reference,display_name,date_of_birth,legal_status,service,team,"
        + "locality,allocated_worker,team_manager,date_opened\n" + reference
        + ",Test Child,2016-05-04,CP,CF,CF-STR-1,Stroud,sw1,tm1,2024-02-01\n").getBytes(StandardCharsets.UTF_8)), false);
    audits.startAudit(reference, LocalDate.now().plusDays(7));
    String instance = paths.forBusinessKey(CaseFileAudits.PROCESS_KEY, reference).orElseThrow().processInstanceId();

    Locator drawing = openDiagramOf(instance);

    assertThat(drawing.locator("#problem")).isHidden();
    assertThat(element(drawing, "complete-audit")).hasClass(ACTIVE);
    assertThat(element(drawing, "audit-requested")).hasClass(DONE);
    assertThat(element(drawing, "to-complete-audit")).hasClass(TAKEN);
    assertThat(element(drawing, "moderation")).not().hasClass(Pattern.compile("pa-"));
    assertThat(drawing.locator("g.djs-shape[data-element-id]").count()).isGreaterThanOrEqualTo(22);
    assertThat(drawing.locator(".bjs-powered-by")).isVisible(); // bpmn-js's licence: the watermark stays visible
    assertThat(page.locator("#process-steps li").last()).hasText(Pattern.compile("^Now: Complete case-file audit — since "));
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "process-diagram-audit.png")).setFullPage(true));
  }
}
