package org.practiceassurance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassurance.indicator.IndicatorFixtures.stream;
import static org.practiceassurance.indicator.IndicatorFixtures.values;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Series and roll-ups, checked against numbers worked out by hand. The county: CF-STR-1 and CF-STR-2
 * (Children &amp; Families, Stroud), CF-GLO-1 (Children &amp; Families, Gloucester), RA-STR-1
 * (Referral &amp; Assessment, Stroud).
 */
@SpringBootTest
class RollUpTest {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  @Autowired Indicators indicators;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void valuesForMarch() {
    IndicatorFixtures.reset(jdbc);
    IndicatorFixtures.county(rosterImport);
    TestUsers.qm1();
    IndicatorImportReport report = indicators.importValues(stream(values(
        // every team value with a fraction: weighted
        "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,17,20",
        "ASSESSMENTS_IN_45_DAYS,CF-STR-2,2025-03,60,9,15",
        "ASSESSMENTS_IN_45_DAYS,CF-GLO-1,2025-03,75,30,40",
        "ASSESSMENTS_IN_45_DAYS,RA-STR-1,2025-03,90,45,50",
        "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-02,70,14,20",
        "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2024-09,10,1,10",
        // one team value without: the mean
        "SUPERVISION_IN_TIME,CF-STR-1,2025-03,80,40,50",
        "SUPERVISION_IN_TIME,CF-STR-2,2025-03,90,,",
        "SUPERVISION_IN_TIME,CF-GLO-1,2025-03,70,7,10",
        // a rate, lower is better: children over workers, not times 100
        "CASELOAD_PER_WORKER,CF-STR-1,2025-03,19,95,5",
        "CASELOAD_PER_WORKER,CF-STR-2,2025-03,15,60,4",
        "CASELOAD_PER_WORKER,CF-GLO-1,2025-03,22,110,5",
        // no fractions at all, lower is better
        "RE_REFERRAL_RATE,CF-STR-1,2025-03,20,,",
        "RE_REFERRAL_RATE,CF-STR-2,2025-03,25,,",
        "RE_REFERRAL_RATE,CF-GLO-1,2025-03,30.5,,",
        // a team value kept as imported, not rounded
        "CP_VISITS_IN_TIME,CF-STR-1,2025-03,89.96,,")), "march.csv");
    assertThat(report.rejected()).isEmpty();
    TestUsers.signOut(); // reading needs nobody signed in: the caller decides who may see what
  }

  private Map<String, IndicatorSeries> series(ScopeLevel level, String scope, YearMonth upTo, int months) {
    List<IndicatorSeries> series = indicators.series(level, scope, upTo, months);
    assertThat(series).extracting(s -> s.indicator().code())
        .as("every indicator of the catalogue, in its order")
        .containsExactlyElementsOf(indicators.catalogue().stream().map(Indicator::code).toList());
    return series.stream().collect(Collectors.toMap(s -> s.indicator().code(), Function.identity()));
  }

  private static MonthlyValue march(Map<String, IndicatorSeries> series, String code) {
    return series.get(code).months().stream().filter(v -> v.month().equals(MARCH)).findFirst().orElseThrow();
  }

  @Test
  void aServiceIsWeightedByNumeratorAndDenominatorWhenEveryTeamHasThem() {
    Map<String, IndicatorSeries> cf = series(ScopeLevel.SERVICE, "cf", MARCH, 6);

    // 100 × (17 + 9 + 30) / (20 + 15 + 40) = 5600 / 75 = 74.67 → 74.7, below red 75 (the mean would be 73.3)
    assertThat(march(cf, "ASSESSMENTS_IN_45_DAYS")).isEqualTo(new MonthlyValue("ASSESSMENTS_IN_45_DAYS",
        ScopeLevel.SERVICE, "CF", MARCH, 74.7, Rag.RED, 56.0, 75.0));
    // February: only CF-STR-1 reported, 14 / 20; September 2024 is outside the six months
    assertThat(cf.get("ASSESSMENTS_IN_45_DAYS").months()).extracting(MonthlyValue::month, MonthlyValue::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 2), 70.0),
            org.assertj.core.groups.Tuple.tuple(MARCH, 74.7));
    // (80 + 90 + 70) / 3 = 80: CF-STR-2 gave no fraction, so the mean; amber (75 <= 80 < 85)
    assertThat(march(cf, "SUPERVISION_IN_TIME")).isEqualTo(new MonthlyValue("SUPERVISION_IN_TIME",
        ScopeLevel.SERVICE, "CF", MARCH, 80.0, Rag.AMBER, null, null));
    // (95 + 60 + 110) / (5 + 4 + 5) = 265 / 14 = 18.93 → 18.9 per worker: amber (18 < 18.9 <= 22); mean 18.67
    assertThat(march(cf, "CASELOAD_PER_WORKER")).isEqualTo(new MonthlyValue("CASELOAD_PER_WORKER",
        ScopeLevel.SERVICE, "CF", MARCH, 18.9, Rag.AMBER, 265.0, 14.0));
    // (20 + 25 + 30.5) / 3 = 25.17 → 25.2: amber (24 < 25.2 <= 28)
    assertThat(march(cf, "RE_REFERRAL_RATE").value()).isEqualTo(25.2);
    assertThat(march(cf, "RE_REFERRAL_RATE").rag()).isEqualTo(Rag.AMBER);
    assertThat(cf.get("PATHWAY_PLANS_IN_TIME").months()).as("no data, no months").isEmpty();
  }

  @Test
  void aLocalityRollsUpItsTeamsAcrossServices() {
    Map<String, IndicatorSeries> stroud = series(ScopeLevel.LOCALITY, "STROUD", MARCH, 1);

    // 100 × (17 + 9 + 45) / (20 + 15 + 50) = 7100 / 85 = 83.53 → 83.5: amber (the mean would be 78.3)
    assertThat(march(stroud, "ASSESSMENTS_IN_45_DAYS")).isEqualTo(new MonthlyValue("ASSESSMENTS_IN_45_DAYS",
        ScopeLevel.LOCALITY, "Stroud", MARCH, 83.5, Rag.AMBER, 71.0, 85.0));
    assertThat(stroud.get("ASSESSMENTS_IN_45_DAYS").months()).as("one month asked for").hasSize(1);
    // (80 + 90) / 2 = 85: on the amber threshold, so green
    assertThat(march(stroud, "SUPERVISION_IN_TIME").value()).isEqualTo(85.0);
    assertThat(march(stroud, "SUPERVISION_IN_TIME").rag()).isEqualTo(Rag.GREEN);
    // (95 + 60) / (5 + 4) = 17.22 → 17.2: green
    assertThat(march(stroud, "CASELOAD_PER_WORKER").value()).isEqualTo(17.2);
    assertThat(march(stroud, "CASELOAD_PER_WORKER").rag()).isEqualTo(Rag.GREEN);

    Map<String, IndicatorSeries> gloucester = series(ScopeLevel.LOCALITY, "Gloucester", MARCH, 6);
    assertThat(march(gloucester, "ASSESSMENTS_IN_45_DAYS").value()).isEqualTo(75.0);
    assertThat(march(gloucester, "RE_REFERRAL_RATE").value()).isEqualTo(30.5);
    assertThat(march(gloucester, "RE_REFERRAL_RATE").rag()).isEqualTo(Rag.RED);
  }

  @Test
  void aTeamsValuesAreAsImportedOldestFirst() {
    Map<String, IndicatorSeries> team = series(ScopeLevel.TEAM, "cf-str-1", MARCH, 6);

    assertThat(team.get("ASSESSMENTS_IN_45_DAYS").months()).containsExactly(
        new MonthlyValue("ASSESSMENTS_IN_45_DAYS", ScopeLevel.TEAM, "CF-STR-1", YearMonth.of(2025, 2), 70, Rag.RED,
            14.0, 20.0),
        new MonthlyValue("ASSESSMENTS_IN_45_DAYS", ScopeLevel.TEAM, "CF-STR-1", MARCH, 85, Rag.GREEN, 17.0, 20.0));
    // not rounded: 89.96 is just under the amber threshold 90
    assertThat(march(team, "CP_VISITS_IN_TIME").value()).isEqualTo(89.96);
    assertThat(march(team, "CP_VISITS_IN_TIME").rag()).isEqualTo(Rag.AMBER);
    assertThat(indicators.latestMonth(ScopeLevel.TEAM, "CF-STR-1")).hasValue(MARCH);
    assertThat(indicators.latestMonth(ScopeLevel.TEAM, "CF-TEW-1")).isEmpty();
    assertThat(series(ScopeLevel.TEAM, "CF-STR-1", YearMonth.of(2025, 1), 6).get("ASSESSMENTS_IN_45_DAYS").months())
        .extracting(MonthlyValue::month).containsExactly(YearMonth.of(2024, 9));
  }
}
