package org.practiceassurance.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.casefile.Rosters;
import org.practiceassurance.insight.InsightFixtures;
import org.practiceassurance.support.EndToEndTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboards and triangulation in real Chromium through the real Keycloak login: qm1 narrows the
 * dashboards to a team, clicks this month's Inadequate bar with the mouse and reads the audit behind
 * it, reads the same numbers as a table, downloads the audits CSV, and finds the team red in
 * triangulation with the reason; hos2 sees Referral &amp; Assessment only.
 */
class InsightEndToEndTest extends EndToEndTest {

  @Autowired RosterImport roster;
  @Autowired JdbcTemplate jdbc;

  @Test
  void qm1DrillsFromABarToTheAuditBehindItAndFindsTheTeamRedInTriangulation() throws Exception {
    String team = "CF-E2I-" + (System.nanoTime() % 10_000);
    TestUsers.qm1();
    assertThat(roster.importCsv(Rosters.stream(Rosters.csv(
        "E2I-" + team + ",Ann Insight,2015-01-01,CP,CF," + team + ",Cotswold,sw1,tm1,2015-06-10")), false).rejected()).isEmpty();
    TestUsers.signOut();
    InsightFixtures rows = new InsightFixtures(jdbc);
    LocalDate first = LocalDate.now(InsightFixtures.UK).withDayOfMonth(1);
    rows.audit(team, "auditor1", "CLOSED", Grade.GOOD, Grade.GOOD, InsightFixtures.noon(first), null);
    rows.audit(team, "auditor1", "CLOSED", Grade.GOOD, Grade.GOOD, InsightFixtures.noon(first), null);
    long inadequate = rows.audit(team, "auditor2", "CLOSED", Grade.INADEQUATE, Grade.INADEQUATE,
        InsightFixtures.noon(first), null);

    Page qm = signIn("qm1");
    qm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboards")).click();
    assertThat(qm.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboards"))).isVisible();
    pick(qm, "filter-team", team);
    assertThat(qm.locator("#grades-headline")).hasText("3 audits graded. Good or better: 67 % (target at least 42 %: met). "
        + "Inadequate: 33 % (target at most 12 %: not met).");

    Locator chart = qm.locator("#grades-chart");
    assertThat(chart.locator("svg")).isVisible();
    assertThat(chart.locator("svg text", new Locator.LocatorOptions().setHasText("Good or better: at least"))).hasCount(1);
    @SuppressWarnings("unchecked")
    Map<String, Number> bar = (Map<String, Number>) chart.evaluate("(el, [s, d]) => el.pixelOf(s, d)", List.of(3, 11));
    // the middle of this month's Inadequate segment (the top of the stack): a little below its top edge
    qm.mouse().click(bar.get("x").doubleValue(), bar.get("y").doubleValue() + 4);
    assertThat(qm.locator("#behind-count")).hasText("1 audit.");
    assertThat(qm.locator("#behind-grid")).containsText(String.valueOf(inadequate));
    qm.locator("#behind-close").click();
    qm.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "insight-dashboard.png")).setFullPage(true));

    qm.locator("#grades-toggle").click();
    assertThat(qm.locator("#grades-table")).containsText("33.3 %");
    assertThat(qm.locator("#grades-table caption")).containsText("Audit grades per month");

    Download download = qm.waitForDownload(() -> qm.locator("#export-audits").click());
    String csv = Files.readString(download.path());
    assertThat(csv).startsWith("audit_id,child_reference,service,team,").contains("," + team + ",");

    qm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Triangulation")).click();
    assertThat(qm.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Triangulation"))).isVisible();
    pick(qm, "filter-team", team);
    assertThat(qm.locator("#rag-summary")).containsText("1 team in " + team);
    qm.locator("#triangulation-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(team)).first().click();
    assertThat(qm.locator("#team-detail-heading")).containsText("Red");
    assertThat(qm.locator("#team-reasons")).hasText("Inadequate audits above the target");
    assertThat(qm.locator("#team-inputs")).containsText("Inadequate audits: 33 % (target at most 12 %)");
    done(qm, "insight-qm1");

    Page hos = signIn("hos2");
    hos.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboards")).click();
    assertThat(hos.locator("#grades-heading")).containsText("RA");
    assertThat(hos.locator("#filter-team")).not().containsText(team);
    done(hos, "insight-hos2");
  }
}
