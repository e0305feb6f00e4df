package org.practiceassurance.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.IndicatorFixtures;
import org.practiceassurance.indicator.IndicatorImportReport;
import org.practiceassurance.indicator.IndicatorSeries;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.indicator.MonthlyValue;
import org.practiceassurance.indicator.Rag;
import org.practiceassurance.indicator.ScopeLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dev demo indicators, loaded by calling the loader directly (demo data is off in tests), on the
 * small test county: six months for every team and indicator through the real import, greens,
 * ambers and reds, tm1's team with a red and an improving indicator and children on exception lists.
 */
@SpringBootTest
class DemoIndicatorsTest {

  private static final YearMonth UP_TO = YearMonth.of(2026, 10);

  @Autowired ValueImporter values;
  @Autowired ExceptionImporter exceptions;
  @Autowired Catalogue catalogue;
  @Autowired CaseFiles caseFiles;
  @Autowired RosterImport rosterImport;
  @Autowired Indicators indicators;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void county() {
    IndicatorFixtures.reset(jdbc);
    IndicatorFixtures.county(rosterImport);
  }

  @Test
  void sixMonthsForEveryTeamAndIndicatorWithTheDemoTeamsStory() {
    DemoIndicators demo = new DemoIndicators(values, exceptions, catalogue, caseFiles, jdbc);

    IndicatorImportReport[] reports = demo.load(UP_TO).orElseThrow();

    int teams = caseFiles.teams().size();
    assertThat(reports[0].rejected()).isEmpty();
    assertThat(reports[0].created()).isEqualTo(teams * catalogue.indicators().size() * 6);
    assertThat(reports[1].rejected()).isEmpty();
    assertThat(demo.load(UP_TO)).as("only once").isEmpty();
    assertThat(DemoIndicators.valuesCsv(caseFiles.teams(), catalogue.indicators(), UP_TO))
        .as("the same every time").isEqualTo(DemoIndicators.valuesCsv(caseFiles.teams(), catalogue.indicators(), UP_TO));

    Map<Rag, Long> rags = caseFiles.teams().stream()
        .flatMap(t -> indicators.series(ScopeLevel.TEAM, t.code(), UP_TO, 6).stream())
        .flatMap(s -> s.months().stream()).collect(Collectors.groupingBy(MonthlyValue::rag, Collectors.counting()));
    assertThat(rags.keySet()).containsExactlyInAnyOrder(Rag.GREEN, Rag.AMBER, Rag.RED);
    assertThat(rags.values()).allSatisfy(n -> assertThat(n).isGreaterThan(teams * 11 * 6 / 10));

    List<IndicatorSeries> tm1 = indicators.series(ScopeLevel.TEAM, "CF-STR-1", UP_TO, 6);
    assertThat(tm1).allSatisfy(s -> assertThat(s.months()).hasSize(6));
    IndicatorSeries supervision = tm1.stream().filter(s -> s.indicator().code().equals("SUPERVISION_IN_TIME"))
        .findFirst().orElseThrow();
    assertThat(supervision.latest()).map(MonthlyValue::rag).hasValue(Rag.RED);
    IndicatorSeries assessments = tm1.stream().filter(s -> s.indicator().code().equals("ASSESSMENTS_IN_45_DAYS"))
        .findFirst().orElseThrow();
    assertThat(assessments.months()).extracting(MonthlyValue::rag)
        .containsExactly(Rag.RED, Rag.RED, Rag.AMBER, Rag.AMBER, Rag.AMBER, Rag.GREEN);
    assertThat(assessments.months()).extracting(MonthlyValue::value).isSorted();

    List<ChildException> children = indicators.exceptions(ScopeLevel.TEAM, "CF-STR-1", null);
    assertThat(children).isNotEmpty().allSatisfy(e -> {
      assertThat(e.month()).isEqualTo(UP_TO);
      assertThat(caseFiles.find(e.childReference())).map(f -> f.teamCode()).hasValue("CF-STR-1");
    });
    assertThat(children).extracting(ChildException::listCode)
        .contains("NOT_SEEN_IN_TIMESCALE", "ASSESSMENT_OVER_45_DAYS", "CP_PLAN_OVER_18_MONTHS");
  }
}
