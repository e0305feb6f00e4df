package org.practiceassurance.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.Browsers;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;

/**
 * In real Chromium, through the real Keycloak login: the echarts npm module loads and draws the
 * harness's chart as SVG, a mouse click on a bar reaches the Java listener with that bar's series and
 * category, data never becomes markup, the table drills down from the keyboard, and new data redraws.
 */
class EChartBrowserTest extends KeycloakBackedTest {

  private static Playwright playwright;
  private static Browser browser;

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
    // Reduced motion: the component then draws without animation, so a bar is where it ends up.
    context = browser.newContext(new Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE)
        .setViewportSize(1280, 900));
    context.setDefaultTimeout(60_000);
    page = context.newPage();
  }

  @AfterEach
  void screenshotAndClose() {
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "chart-harness.png")).setFullPage(true));
    context.close();
  }

  private void signInAtKeycloak(String username) {
    assertThat(page.locator("#kc-login")).isVisible();
    assertThat(page.url()).startsWith(TestKeycloak.server().issuerUri());
    page.locator("#username").fill(username);
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
  }

  /** The viewport position of a data item, from the chart instance (see pixelOf in pa-echart.js). */
  private double[] pixelOf(Locator chart, int seriesIndex, int dataIndex) {
    @SuppressWarnings("unchecked")
    Map<String, Number> point = (Map<String, Number>) chart.evaluate("(el, [s, d]) => el.pixelOf(s, d)",
        List.of(seriesIndex, dataIndex));
    return new double[] {point.get("x").doubleValue(), point.get("y").doubleValue()};
  }

  private void clickItem(Locator chart, int seriesIndex, int dataIndex) {
    double[] at = pixelOf(chart, seriesIndex, dataIndex);
    page.mouse().click(at[0], at[1]);
  }

  @Test
  void theChartDrawsAndABarClickedWithTheMouseReachesTheJavaListener() {
    page.navigate(app() + "/test-harness/chart");
    signInAtKeycloak("auditor1");

    Locator chart = page.locator("#harness-chart");
    assertThat(chart.locator("svg")).isVisible();
    assertThat(chart.locator("svg path").first()).isAttached();
    assertThat(page.evaluate("() => customElements.get('pa-echart') !== undefined")).isEqualTo(true);
    assertThat(chart).hasAttribute("role", "img");
    assertThat(chart).hasAttribute("aria-label", EChartOptions.ariaLabel(ChartHarnessView.GRADES));
    assertThat(chart.locator("svg text", new Locator.LocatorOptions().setHasText("Good or better target 42 %")))
        .hasCount(1);
    assertThat(chart.boundingBox().height).isEqualTo(320.0);

    clickItem(chart, 1, 2);
    assertThat(page.locator("#harness-clicked")).hasText("Requires improvement / Mar 2026 (series 1, category 2)");
    clickItem(chart, 3, 1);
    assertThat(page.locator("#harness-clicked")).hasText("Last year / Feb 2026 (series 3, category 1)");

    // The category that is markup: drawn as text on the axis and in the tooltip, never as an element.
    double[] markup = pixelOf(chart, 0, 3);
    page.mouse().move(markup[0], markup[1]);
    assertThat(chart.locator(".pa-echart-tooltip")).containsText(ChartHarnessView.MARKUP_CATEGORY);
    assertThat(chart.locator(".pa-echart-tooltip")).containsText("50 %");
    assertThat(chart.locator("img")).hasCount(0);
    assertThat(page.evaluate("() => window.paChartInjected === undefined")).isEqualTo(true);
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "chart-tooltip.png")));
  }

  @Test
  void theTableDrillsDownFromTheKeyboardAndNewDataRedrawsTheChart() {
    page.navigate(app() + "/test-harness/chart");
    signInAtKeycloak("auditor1");
    Locator chart = page.locator("#harness-chart");
    assertThat(chart.locator("svg")).isVisible();

    page.locator("#harness-toggle").click();
    assertThat(page.locator("#harness-table")).isVisible();
    assertThat(chart).isHidden();
    assertThat(page.locator("#harness-table caption")).hasText("Audit grades");
    assertThat(page.locator("#harness-table tbody tr").nth(1)).containsText("Feb 2026");
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "chart-table.png")));
    page.locator("#harness-cell-0-1").focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("#harness-clicked")).hasText("Good or better / Feb 2026 (series 0, category 1)");

    page.locator("#harness-toggle").click();
    assertThat(chart.locator("svg")).isVisible();
    page.locator("#harness-six-months").click();
    assertThat(chart.locator("svg text", new Locator.LocatorOptions().setHasText("Jun 2026"))).hasCount(1);
    assertThat(chart).hasAttribute("aria-label", EChartOptions.ariaLabel(ChartHarnessView.SIX_MONTHS));
    clickItem(chart, 0, 5);
    assertThat(page.locator("#harness-clicked")).hasText("Good or better / Jun 2026 (series 0, category 5)");
  }
}
