package org.practiceassurance.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.practiceassurance.insight.InsightFixtures.UK;
import static org.practiceassurance.insight.InsightFixtures.noon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboards' figures against the seeds' own example and against figures computed here, in
 * Java, from the rows the test wrote; and who may read which scope.
 */
@SpringBootTest
class DashboardsTest {

  @Autowired Dashboards dashboards;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;
  InsightFixtures rows;

  @BeforeEach
  void teams() {
    InsightFixtures.teams(rosterImport);
    rows = new InsightFixtures(jdbc);
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  @Test
  void aMonthOfFiftyAuditsWithFifteenGoodThirtyOneRequiringImprovementAndFourInadequateShows30_62_8() {
    LocalDate june = LocalDate.of(2018, 6, 1);
    int[] counts = {15, 31, 4};
    Grade[] grades = {Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE};
    int day = 0;
    for (int g = 0; g < grades.length; g++) {
      for (int i = 0; i < counts[g]; i++) {
        rows.audit("CF-INS-1", "auditor1", "CLOSED", grades[g], grades[g], noon(june.plusDays(day++ % 28)), null);
      }
    }
    // Not counted: one still being reworked, one draft, one submitted on 1 July (00:30 BST is 30 June in UTC).
    rows.audit("CF-INS-1", "auditor1", "RETURNED", Grade.GOOD, Grade.GOOD, noon(june.plusDays(3)), null);
    rows.audit("CF-INS-1", "auditor1", "IN_PROGRESS", null, null, noon(june.plusDays(3)), null);
    rows.audit("CF-INS-1", "auditor1", "CLOSED", Grade.INADEQUATE, Grade.INADEQUATE,
        LocalDate.of(2018, 7, 1).atTime(0, 30).atZone(UK).toInstant(), null);

    TestUsers.qm1();
    GradeDistribution grades6 = dashboards.auditGrades(
        new InsightFilter(YearMonth.of(2018, 4), YearMonth.of(2018, 7), null, null, "CF-INS-1"));
    assertThat(grades6.months()).extracting(GradeMonth::month).containsExactly(
        YearMonth.of(2018, 4), YearMonth.of(2018, 5), YearMonth.of(2018, 6), YearMonth.of(2018, 7));
    GradeMonth month = grades6.months().get(2);
    assertThat(month.total()).isEqualTo(50);
    assertThat(month.goodOrBetterPercent()).isEqualTo(30.0);
    assertThat(month.percent(Grade.REQUIRES_IMPROVEMENT)).isEqualTo(62.0);
    assertThat(month.inadequatePercent()).isEqualTo(8.0);
    assertThat(grades6.months().get(0).total()).isZero();
    assertThat(grades6.months().get(0).goodOrBetterPercent()).as("no audits: no percentage").isNull();
    assertThat(grades6.months().get(3).count(Grade.INADEQUATE)).as("00:30 on 1 July, UK time").isEqualTo(1);
    assertThat(grades6.targets().goodOrBetterPercent()).isEqualTo(42.0);
    assertThat(grades6.targets().inadequatePercent()).isEqualTo(12.0);

    Listing<AuditRow> inadequate = dashboards.auditsBehind(grades6.filter(), YearMonth.of(2018, 6), Grade.INADEQUATE);
    assertThat(inadequate.total()).isEqualTo(4);
    assertThat(inadequate.rows()).allSatisfy(a -> {
      assertThat(a.finalGrade()).isEqualTo(Grade.INADEQUATE);
      assertThat(a.teamCode()).isEqualTo("CF-INS-1");
    });
  }

  /** A year of audits with random grades, teams and moderations; every figure worked out again here. */
  @Test
  void gradesAndModerationAgreeWithAnIndependentCountForEveryScope() {
    Random random = new Random(20190101);
    record Seeded(String team, String auditor, YearMonth month, Grade auditorGrade, Grade finalGrade, boolean selected,
        int areasAgreed, int areasModerated, String outcome, String rating) {}
    List<Seeded> seeded = new ArrayList<>();
    Grade[] all = Grade.values();
    for (int i = 0; i < 400; i++) {
      String team = InsightFixtures.TEAMS[random.nextInt(3)];
      String auditor = "auditor" + (1 + random.nextInt(3));
      LocalDate day = LocalDate.of(2019, 1 + random.nextInt(12), 1 + random.nextInt(28));
      Grade auditorGrade = all[random.nextInt(4)];
      boolean selected = random.nextInt(3) == 0;
      String status = random.nextInt(10) == 0 ? "RETURNED" : random.nextBoolean() ? "CLOSED" : "AWAITING_ACTIONS";
      Grade finalGrade = auditorGrade;
      int agreed = 0;
      String outcome = null;
      String rating = null;
      long id;
      if (selected && !status.equals("RETURNED")) {
        finalGrade = all[Math.max(0, Math.min(3, auditorGrade.ordinal() + random.nextInt(3) - 1))];
        id = rows.audit(team, auditor, status, auditorGrade, finalGrade, noon(day), "SAMPLE");
        Grade[] before = new Grade[5];
        Grade[] after = new Grade[5];
        for (int a = 0; a < 5; a++) {
          before[a] = all[random.nextInt(4)];
          after[a] = random.nextBoolean() ? before[a] : all[random.nextInt(4)];
          agreed += before[a] == after[a] ? 1 : 0;
        }
        outcome = "ACCEPTED";
        rating = List.of("GOOD", "ADEQUATE", "NEEDS_DEVELOPMENT").get(random.nextInt(3));
        rows.moderation(id, outcome, rating, auditorGrade, finalGrade, noon(day.plusDays(2)), before, after);
      } else {
        rows.audit(team, auditor, status, auditorGrade, finalGrade, noon(day), null);
      }
      if (!status.equals("RETURNED")) {
        seeded.add(new Seeded(team, auditor, YearMonth.from(day), auditorGrade, finalGrade, outcome != null,
            agreed, outcome == null ? 0 : 5, outcome, rating));
      }
    }

    TestUsers.qm1();
    InsightFilter year = new InsightFilter(YearMonth.of(2019, 1), YearMonth.of(2019, 12), null, null, null);
    Map<String, Predicate<Seeded>> scopes = Map.of(
        "county", s -> true,
        "service CF", s -> s.team().startsWith("CF-"),
        "locality Stroud", s -> !s.team().equals("CF-INS-2"),
        "team RA-INS-1", s -> s.team().equals("RA-INS-1"));
    Map<String, InsightFilter> filters = Map.of("county", year, "service CF", year.withService("CF"),
        "locality Stroud", year.withLocality("stroud"), "team RA-INS-1", year.withTeam("ra-ins-1"));
    for (String scope : scopes.keySet()) {
      List<Seeded> inScope = seeded.stream().filter(scopes.get(scope)).toList();
      GradeDistribution distribution = dashboards.auditGrades(filters.get(scope));
      ModerationFigures moderation = dashboards.moderation(filters.get(scope));
      for (int m = 0; m < 12; m++) {
        YearMonth month = YearMonth.of(2019, m + 1);
        List<Seeded> ofMonth = inScope.stream().filter(s -> s.month().equals(month)).toList();
        GradeMonth shown = distribution.months().get(m);
        for (Grade grade : all) {
          assertThat(shown.count(grade)).as("%s, %s, %s", scope, month, grade)
              .isEqualTo(ofMonth.stream().filter(s -> s.finalGrade() == grade).count());
        }
        ModerationMonth mod = moderation.months().get(m);
        assertThat(mod.graded()).as("%s %s graded", scope, month).isEqualTo(ofMonth.size());
        assertThat(mod.selected()).as("%s %s moderated", scope, month).isEqualTo(ofMonth.stream().filter(Seeded::selected).count());
        assertThat(mod.areasModerated()).isEqualTo(ofMonth.stream().mapToInt(Seeded::areasModerated).sum());
        assertThat(mod.areasAgreed()).isEqualTo(ofMonth.stream().mapToInt(Seeded::areasAgreed).sum());
        assertThat(mod.movedUp()).as("%s %s up", scope, month).isEqualTo(ofMonth.stream()
            .filter(s -> s.selected() && s.finalGrade().ordinal() < s.auditorGrade().ordinal()).count());
        assertThat(mod.movedDown()).isEqualTo(ofMonth.stream()
            .filter(s -> s.selected() && s.finalGrade().ordinal() > s.auditorGrade().ordinal()).count());
        assertThat(mod.unchanged()).isEqualTo(ofMonth.stream()
            .filter(s -> s.selected() && s.finalGrade() == s.auditorGrade()).count());
      }
      Map<String, List<Seeded>> byAuditor = inScope.stream().collect(Collectors.groupingBy(Seeded::auditor));
      assertThat(moderation.auditors()).extracting(AuditorCompetency::auditor)
          .containsExactlyInAnyOrderElementsOf(byAuditor.keySet());
      for (AuditorCompetency auditor : moderation.auditors()) {
        List<Seeded> theirs = byAuditor.get(auditor.auditor());
        assertThat(auditor.auditsDone()).isEqualTo(theirs.size());
        assertThat(auditor.moderations()).isEqualTo(theirs.stream().filter(Seeded::selected).count());
        assertThat(auditor.areasAgreed()).isEqualTo(theirs.stream().mapToInt(Seeded::areasAgreed).sum());
        assertThat(auditor.ratedNeedsDevelopment())
            .isEqualTo(theirs.stream().filter(s -> "NEEDS_DEVELOPMENT".equals(s.rating())).count());
      }
    }
    // the trend line: least squares through the monthly percentages, by hand for the county
    GradeDistribution county = dashboards.auditGrades(year);
    double[] y = county.months().stream().mapToDouble(GradeMonth::goodOrBetterPercent).toArray();
    double meanX = 5.5;
    double meanY = Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < 12; i++) {
      sxy += (i - meanX) * (y[i] - meanY);
      sxx += (i - meanX) * (i - meanX);
    }
    double slope = sxy / sxx;
    assertThat(county.goodOrBetterTrend().get(0)).isCloseTo(meanY - slope * meanX, within(1e-9));
    assertThat(county.goodOrBetterTrend().get(11)).isCloseTo(meanY + slope * (11 - meanX), within(1e-9));
  }

  @Test
  void actionsAreCountedByServiceAndOwnerWithTheMedianDaysToCloseAndTheOldestOpen() {
    LocalDate today = LocalDate.now(UK);
    YearMonth thisMonth = YearMonth.from(today);
    Instant longAgo = noon(today.minusDays(400));
    // team RA-INS-1: 2 open (one for ra.a, one for ra.b), 3 overdue (one by status, two past due still OPEN),
    // 1 awaiting verification, closed in the window after 3, 5, 8 and 20 days, and one closed before it
    rows.action("RA-INS-1", "ra.a", "OPEN", today.plusDays(10), noon(today.minusDays(3)), null);
    rows.action("RA-INS-1", "ra.b", "OPEN", today, noon(today.minusDays(2)), null);
    String oldest = rows.action("RA-INS-1", "ra.a", "OVERDUE", today.minusDays(5), longAgo, null);
    rows.action("RA-INS-1", "ra.a", "OPEN", today.minusDays(1), noon(today.minusDays(30)), null);
    rows.action("RA-INS-1", "ra.b", "OPEN", today.minusDays(2), noon(today.minusDays(31)), null);
    rows.action("RA-INS-1", "ra.b", "DONE_AWAITING_VERIFICATION", today.plusDays(3), noon(today.minusDays(20)), null);
    int[] days = {3, 5, 8, 20};
    for (int d : days) {
      LocalDate closed = today.minusDays(1);
      rows.action("RA-INS-1", "ra.c", "CLOSED", closed, noon(closed.minusDays(d)), noon(closed));
    }
    LocalDate beforeWindow = thisMonth.minusMonths(12).atDay(1).minusDays(1);
    rows.action("RA-INS-1", "ra.c", "CLOSED", beforeWindow, noon(beforeWindow.minusDays(1)), noon(beforeWindow));

    TestUsers.qm1();
    InsightFilter filter = InsightFilter.lastMonths(12, thisMonth).withTeam("RA-INS-1");
    ActionFigures figures = dashboards.actions(filter);
    assertThat(figures.byService()).containsExactly(new ActionCounts("RA", 2, 3, 1, 4));
    assertThat(figures.byOwner()).as("most outstanding first, then most overdue").containsExactly(
        new ActionCounts("ra.a", 1, 2, 0, 0), new ActionCounts("ra.b", 1, 1, 1, 0), new ActionCounts("ra.c", 0, 0, 0, 4));
    assertThat(figures.closed()).isEqualTo(4);
    assertThat(figures.medianDaysToClose()).as("between 5 and 8").isEqualTo(6.5);
    assertThat(figures.oldestOpen()).first().extracting(ActionRow::id).isEqualTo(oldest);
    assertThat(dashboards.actionsBehind(filter, "RA", null, ActionState.OVERDUE).total()).isEqualTo(3);
    assertThat(dashboards.actionsBehind(filter, null, "ra.b", ActionState.OUTSTANDING).rows())
        .extracting(ActionRow::owner).containsOnly("ra.b").hasSize(3);
    assertThat(dashboards.actionsBehind(filter, null, null, ActionState.CLOSED).total()).isEqualTo(4);
  }

  @Test
  void openConcernsAreCountedByAgeAndService() {
    LocalDate today = LocalDate.now(UK);
    rows.concern("CF-INS-2", "OPEN", noon(today));
    rows.concern("CF-INS-2", "ACKNOWLEDGED", noon(today.minusDays(7)));
    rows.concern("CF-INS-2", "OPEN", noon(today.minusDays(8)));
    rows.concern("CF-INS-2", "ACKNOWLEDGED", noon(today.minusDays(90)));
    rows.concern("CF-INS-2", "ACKNOWLEDGED", noon(today.minusDays(91)));
    rows.concern("CF-INS-2", "RESOLVED", noon(today.minusDays(200)));

    TestUsers.qm1();
    InsightFilter filter = InsightFilter.lastMonths(12, YearMonth.from(today)).withTeam("CF-INS-2");
    ConcernFigures figures = dashboards.concerns(filter);
    assertThat(figures.open()).isEqualTo(5);
    assertThat(figures.unacknowledged()).isEqualTo(2);
    assertThat(figures.bands()).extracting(ConcernFigures.AgeBand::open).containsExactly(2L, 1L, 1L, 1L);
    assertThat(figures.medianAgeDays()).isEqualTo(8.0);
    assertThat(figures.byService()).containsExactly(new ConcernFigures.Count("CF", 5));
    assertThat(figures.oldest()).first().extracting(ConcernRow::ageDays).isEqualTo(91L);
    assertThat(dashboards.concernsBehind(filter, 8, 28, null).rows()).extracting(ConcernRow::ageDays).containsExactly(8L);
    assertThat(dashboards.concernsBehind(filter, 91, null, null).total()).isEqualTo(1);
  }

  @Test
  void eachPersonReadsTheirOwnScopeAndIsRefusedAnyOther() {
    InsightFilter year = new InsightFilter(YearMonth.of(2019, 1), YearMonth.of(2019, 12), null, null, null);

    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThat(dashboards.applied(year).serviceCode()).as("a head of service sees their service").isEqualTo("CF");
    assertThat(dashboards.applied(year.withTeam("CF-INS-2")).teamCode()).isEqualTo("CF-INS-2");
    assertThatThrownBy(() -> dashboards.auditGrades(year.withService("RA"))).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("service CF only");
    assertThatThrownBy(() -> dashboards.actions(year.withTeam("RA-INS-1"))).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("not in your service");
    assertThat(dashboards.moderation(year).auditors()).as("auditor competency is the county's").isEmpty();

    TestUsers.tm1();
    assertThat(dashboards.applied(year).teamCode()).isEqualTo("CF-STR-1");
    assertThatThrownBy(() -> dashboards.concerns(year.withTeam("CF-INS-1"))).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("team CF-STR-1 only");

    TestUsers.auditor1();
    assertThatThrownBy(() -> dashboards.auditGrades(year)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Dashboards are for");
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    assertThatThrownBy(() -> dashboards.dipSamples(year)).isInstanceOf(AccessDeniedException.class);
  }
}
