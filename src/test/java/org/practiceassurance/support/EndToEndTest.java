package org.practiceassurance.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Base of the end-to-end tests: real Chromium (one per test class), the app on a real port and the
 * real test Keycloak; people sign in on Keycloak's own login page.
 */
public abstract class EndToEndTest extends KeycloakBackedTest {

  protected static Playwright playwright;
  protected static Browser browser;

  @BeforeAll
  static void launchBrowser() {
    playwright = Browsers.playwright();
    browser = Browsers.chromium(playwright);
    // A page's first visit compiles views and loads the bundle: on a busy two-core machine that takes
    // longer than Playwright's 5 s default. What is asserted does not change, only how long it may take.
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
  }

  /** When a test fails, every page still open is kept as target/e2e/FAILED-{test}-{n}.png, to see what it showed. */
  @RegisterExtension
  final TestWatcher screenshotsOfFailures = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      int n = 0;
      for (BrowserContext open : browser.contexts()) {
        for (Page page : open.pages()) {
          try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "e2e",
                "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName().replaceAll("\\W", "")
                    + "-" + ++n + ".png")));
          } catch (RuntimeException e) {
            cause.addSuppressed(e); // the failure itself stands
          }
        }
      }
    }
  };

  @AfterAll
  static void closeBrowser() {
    browser.close();
    playwright.close();
  }

  /**
   * Narrows My tasks to the one task that matches {@code text}, and waits until the list shows it: a
   * click in the moment the grid swaps the rows it showed before for the new ones would hit a button
   * that is being replaced.
   */
  public static void filterTasks(Page page, String text) {
    page.locator("#task-filter input").fill(text);
    assertThat(page.locator("#task-count")).containsText("Showing 1 of");
    page.waitForFunction("() => { const grid = document.querySelector('#task-grid'); return grid && !grid.loading; }");
  }

  /**
   * A fresh browser context (downloads allowed; reduced motion, so that charts are drawn at once and a
   * click lands on what is shown) signed in as {@code username} (password demo), on My tasks.
   */
  protected Page signIn(String username) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
        .setReducedMotion(ReducedMotion.REDUCE));
    context.setDefaultTimeout(60_000);
    Page page = context.newPage();
    page.navigate(app() + "/");
    page.locator("#username").fill(username);
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
    return page;
  }

  /** Keeps a full-page screenshot as target/e2e/{file}.png and closes the page's context. */
  protected static void done(Page page, String file) {
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", file + ".png")).setFullPage(true));
    page.context().close();
  }

  /** Types into a combo box (or multi-select combo box) and picks the first item showing {@code text}. */
  protected static void pick(Page page, String comboId, String text) {
    page.locator("#" + comboId + " input").fill(text);
    page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
        .filter(new Locator.FilterOptions().setHasText(text)).first().click();
  }
}
