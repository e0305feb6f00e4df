package org.practiceassurance.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.practiceassurance.insight.InsightFixtures.noon;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.ImportReport;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.casefile.Rosters;
import org.practiceassurance.indicator.IndicatorImportReport;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Triangulation of teams of its own (CF-TRI-1 and CF-TRI-2 in Children &amp; Families, RA-TRI-1 in
 * Referral &amp; Assessment, all Stroud) over the first quarter of 2016, and the dip-sample trend of
 * the same samples; each figure worked out by hand in the comments.
 */
@SpringBootTest
class TriangulationTest {

  private static final InsightFilter QUARTER =
      new InsightFilter(YearMonth.of(2016, 1), YearMonth.of(2016, 3), null, "Stroud", null);
  private static boolean seeded;

  @Autowired Triangulation triangulation;
  @Autowired Dashboards dashboards;
  @Autowired RosterImport rosterImport;
  @Autowired Indicators indicators;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void aQuarterOfEvidence() {
    TestUsers.qm1();
    ImportReport roster = rosterImport.importCsv(Rosters.stream(Rosters.csv(
        "TRI-1,Ann Tri,2015-01-01,CP,CF,CF-TRI-1,Stroud,sw.tri-1,tm.tri-1,2015-06-10",
        "TRI-2,Ben Tri,2015-01-01,CP,CF,CF-TRI-2,Stroud,sw.tri-2,tm.tri-2,2015-06-10",
        "TRI-3,Cat Tri,2015-01-01,CIN,RA,RA-TRI-1,Stroud,sw.tri-3,tm.tri-3,2015-06-10",
        "TRI-4,Dan Tri,2015-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2015-06-10")), false);
    assertThat(roster.rejected()).isEmpty();
    if (seeded) {
      TestUsers.signOut();
      return;
    }
    seeded = true;
    InsightFixtures rows = new InsightFixtures(jdbc);
    // CF-TRI-1: 10 audits, 1 outstanding + 3 good = 40 %, 2 inadequate = 20 %
    Grade[] grades = {Grade.OUTSTANDING, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT,
        Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE,
        Grade.INADEQUATE};
    for (int i = 0; i < grades.length; i++) {
      rows.audit("CF-TRI-1", "auditor1", "CLOSED", grades[i], grades[i], noon(LocalDate.of(2016, 1 + i % 3, 10)), null);
    }
    rows.audit("CF-TRI-1", "auditor1", "CLOSED", Grade.INADEQUATE, Grade.INADEQUATE, noon(LocalDate.of(2016, 4, 2)), null);
    // PROTECTION run 1 (February): CF-TRI-1 answers Y P N (N/A) and Y Y N: 3.5 of 6 = 58.3 %; RA-TRI-1 N N: 0 %
    rows.dipSample("PROTECTION", "Protection Q1", 1, noon(LocalDate.of(2016, 2, 15)), new String[][] {
        {"CF-TRI-1", "YES", "PARTLY", "NO", "NOT_APPLICABLE"}, {"CF-TRI-1", "YES", "YES", "NO"}, {"RA-TRI-1", "NO", "NO"}});
    // run 2 (March): CF-TRI-2 Y Y Y P: 3.5 of 4 = 87.5 %
    rows.dipSample("PROTECTION", "Protection Q1 again", 2, noon(LocalDate.of(2016, 3, 20)), new String[][] {
        {"CF-TRI-2", "YES", "YES", "YES", "PARTLY"}});
    // CF-TRI-1 indicators, March (the latest month): one red, one amber, one green; February not counted
    IndicatorImportReport values = indicators.importValues(new ByteArrayInputStream(("""
        indicator,team,month,value,numerator,denominator
        ASSESSMENTS_IN_45_DAYS,CF-TRI-1,2016-03,70,,
        SUPERVISION_IN_TIME,CF-TRI-1,2016-03,80,,
        RE_REFERRAL_RATE,CF-TRI-1,2016-03,20,,
        ASSESSMENTS_IN_45_DAYS,CF-TRI-1,2016-02,10,,
        """).getBytes(StandardCharsets.UTF_8)), "tri.csv");
    assertThat(values.rejected()).isEmpty();
    // now: CF-TRI-1 has two actions outstanding, one of them overdue, and one child on the register
    LocalDate today = LocalDate.now(InsightFixtures.UK);
    rows.action("CF-TRI-1", "sw.tri-1", "OPEN", today.plusDays(5), noon(today.minusDays(3)), null);
    rows.action("CF-TRI-1", "sw.tri-1", "OVERDUE", today.minusDays(2), noon(today.minusDays(20)), null);
    rows.action("CF-TRI-1", "sw.tri-1", "CLOSED", today.minusDays(2), noon(today.minusDays(20)), noon(today));
    rows.concern("CF-TRI-1", "ACKNOWLEDGED", noon(today.minusDays(4)));
    rows.concern("CF-TRI-1", "RESOLVED", noon(today.minusDays(40)));
    TestUsers.signOut();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private Map<String, TeamPicture> teams(InsightFilter filter) {
    return triangulation.teams(filter).stream().collect(Collectors.toMap(TeamPicture::teamCode, Function.identity()));
  }

  @Test
  void eachTeamsEvidenceSitsSideBySideWithTheRagAndWhy() {
    TestUsers.qm1();
    Map<String, TeamPicture> teams = teams(QUARTER);

    TeamPicture tri1 = teams.get("CF-TRI-1");
    TeamEvidence e = tri1.evidence();
    assertThat(e.auditsGraded()).isEqualTo(10);
    assertThat(e.goodOrBetterPercent()).isEqualTo(40.0);
    assertThat(e.inadequatePercent()).isEqualTo(20.0);
    assertThat(e.dipCompliancePercent()).isCloseTo(100.0 * 3.5 / 6, within(1e-9));
    assertThat(e.dipAnswers()).isEqualTo(6);
    assertThat(e.indicatorMonth()).isEqualTo(YearMonth.of(2016, 3));
    assertThat(e.indicatorsReported()).isEqualTo(3);
    assertThat(List.of(e.redIndicators(), e.amberIndicators(), e.greenIndicators())).containsExactly(1, 1, 1);
    assertThat(e.outstandingActions()).isEqualTo(2);
    assertThat(e.overdueActions()).isEqualTo(1);
    assertThat(e.openConcerns()).isEqualTo(1);
    assertThat(tri1.rag()).isEqualTo(TeamRag.RED);
    assertThat(tri1.reasons()).containsExactly("Inadequate audits above the target");
    assertThat(tri1.otherReasons()).containsExactly("Good or better audits below the target", "One or two indicators red",
        "Dip-sample compliance below 75 %", "Actions overdue", "Children on the Cases of Concern register");

    assertThat(teams.get("RA-TRI-1").evidence().dipCompliancePercent()).isEqualTo(0.0);
    assertThat(teams.get("RA-TRI-1").reasons()).containsExactly("Dip-sample compliance below 50 %");
    assertThat(teams.get("CF-TRI-2").rag()).isEqualTo(TeamRag.GREEN);
    assertThat(teams.get("CF-TRI-2").evidence().dipCompliancePercent()).isEqualTo(87.5);

    List<TeamPicture> ordered = triangulation.teams(QUARTER.withService("CF"));
    assertThat(ordered).extracting(TeamPicture::rag).isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }

  @Test
  void aTeamWithNothingInTheMonthsHasNoEvidence() {
    TestUsers.qm1();
    TeamPicture later = triangulation.team(new InsightFilter(YearMonth.of(2015, 1), YearMonth.of(2015, 3), null, null, null),
        "CF-TRI-2");
    assertThat(later.rag()).isEqualTo(TeamRag.NONE);
    assertThat(later.evidence().auditsGraded()).isZero();
  }

  @Test
  void theDipSampleTrendShowsEachRunInOrderWithinTheViewersScope() {
    TestUsers.qm1();
    ThemeTrend protection = dashboards.dipSamples(QUARTER).stream().filter(t -> t.themeCode().equals("PROTECTION"))
        .findFirst().orElseThrow();
    assertThat(protection.runs()).extracting(ThemeTrend.Run::title).containsExactly("Protection Q1", "Protection Q1 again");
    // run 1 over every file: 3.5 of 8 answers
    assertThat(protection.runs().get(0).compliancePercent()).isCloseTo(100.0 * 3.5 / 8, within(1e-9));
    assertThat(protection.runs().get(0).filesReviewed()).isEqualTo(3);
    assertThat(protection.runs().get(1).compliancePercent()).isEqualTo(87.5);

    TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null);
    ThemeTrend ra = dashboards.dipSamples(QUARTER).stream().filter(t -> t.themeCode().equals("PROTECTION"))
        .findFirst().orElseThrow();
    assertThat(ra.runs()).as("only the run with a file of the service").hasSize(1);
    assertThat(ra.runs().get(0).compliancePercent()).isEqualTo(0.0);
  }

  @Test
  void aHeadOfServiceSeesTheirServicesTeamsOnly() {
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThat(teams(QUARTER)).containsKeys("CF-TRI-1", "CF-TRI-2").doesNotContainKey("RA-TRI-1")
        .allSatisfy((code, team) -> assertThat(team.serviceCode()).isEqualTo("CF"));
    assertThatThrownBy(() -> triangulation.team(QUARTER, "RA-TRI-1")).isInstanceOf(AccessDeniedException.class);
    TestUsers.tm1();
    assertThat(teams(QUARTER.withLocality(null))).containsOnlyKeys("CF-STR-1");
  }
}
