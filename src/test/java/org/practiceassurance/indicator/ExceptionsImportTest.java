package org.practiceassurance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassurance.indicator.IndicatorFixtures.exceptions;
import static org.practiceassurance.indicator.IndicatorFixtures.stream;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing child-level exception lists: every child must be on the roster; a list imported again for
 * a team and month replaces that list's children for that team and month (and nothing else); the same
 * file twice changes nothing; reading a scope's exceptions picks the latest month by default.
 */
@SpringBootTest
class ExceptionsImportTest {

  @Autowired Indicators indicators;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void county() {
    IndicatorFixtures.reset(jdbc);
    IndicatorFixtures.county(rosterImport);
    TestUsers.qm1();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private List<String> stored() {
    return jdbc.queryForList("select list_code || ' ' || team_code || ' ' || to_char(month, 'YYYY-MM') || ' '"
        + " || child_reference || ' ' || detail from pa.indicator_exception"
        + " order by list_code, team_code, month, child_reference", String.class);
  }

  @Test
  void aChildNotOnTheRosterAndOtherBadRowsAreRejectedByLine() {
    IndicatorImportReport report = indicators.importExceptions(stream(exceptions(
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-05,\"Last seen 02/04/2025, overdue\"",
        "NOT_SEEN_IN_TIMESCALE,CF-999,CF-STR-1,2025-05,",
        "Assessments over 45 days,cf-3,cf-str-1,2025-05,Day 61",
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-05,again",
        "CHILDREN_MISSING,CF-2,CF-STR-1,2025-05,",
        "CP_PLAN_OVER_18_MONTHS,CF-1,NOPE-1,2025-05,",
        "CP_PLAN_OVER_18_MONTHS,CF 1,CF-STR-1,May 2025,")), "may.csv");

    assertThat(report.rowsRead()).isEqualTo(7);
    assertThat(report.created()).isEqualTo(2);
    assertThat(report.rejected()).extracting(RejectedLine::lineNumber, RejectedLine::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "Child reference CF-999 is not on the roster."),
        org.assertj.core.groups.Tuple.tuple(5, "CF-1 is already on NOT_SEEN_IN_TIMESCALE for CF-STR-1 in 2025-05 on line 2."),
        org.assertj.core.groups.Tuple.tuple(6, "Unknown list \"CHILDREN_MISSING\": use NOT_SEEN_IN_TIMESCALE,"
            + " ASSESSMENT_OVER_45_DAYS or CP_PLAN_OVER_18_MONTHS."),
        org.assertj.core.groups.Tuple.tuple(7, "Unknown team \"NOPE-1\": no such team on the roster (use a team code"
            + " like CF-STR-1)."),
        org.assertj.core.groups.Tuple.tuple(8, "Child reference \"CF 1\" is not valid: use 2 to 40 letters, digits or"
            + " dashes. Month \"May 2025\" is not a month: use YYYY-MM, e.g. " + YearMonth.now(
            java.time.ZoneId.of("Europe/London")) + "."));
    assertThat(stored()).containsExactly(
        "ASSESSMENT_OVER_45_DAYS CF-STR-1 2025-05 CF-3 Day 61",
        "NOT_SEEN_IN_TIMESCALE CF-STR-1 2025-05 CF-1 Last seen 02/04/2025, overdue");
  }

  @Test
  void importingAListAgainReplacesThatListsChildrenForThatTeamAndMonthOnly() {
    indicators.importExceptions(stream(exceptions(
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-05,first",
        "NOT_SEEN_IN_TIMESCALE,CF-2,CF-STR-1,2025-05,first",
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-04,april",
        "NOT_SEEN_IN_TIMESCALE,CF-21,CF-STR-2,2025-05,other team",
        "ASSESSMENT_OVER_45_DAYS,CF-3,CF-STR-1,2025-05,other list")), "first.csv");

    String second = exceptions(
        "NOT_SEEN_IN_TIMESCALE,CF-2,CF-STR-1,2025-05,second",
        "NOT_SEEN_IN_TIMESCALE,CF-4,CF-STR-1,2025-05,new");
    IndicatorImportReport replaced = indicators.importExceptions(stream(second), "second.csv");

    assertThat(replaced.created()).as("CF-4").isEqualTo(1);
    assertThat(replaced.updated()).as("CF-2's detail").isEqualTo(1);
    assertThat(replaced.unchanged()).isZero();
    assertThat(replaced.removed()).as("CF-1, no longer on the list").isEqualTo(1);
    assertThat(stored()).containsExactly(
        "ASSESSMENT_OVER_45_DAYS CF-STR-1 2025-05 CF-3 other list",
        "NOT_SEEN_IN_TIMESCALE CF-STR-1 2025-04 CF-1 april",
        "NOT_SEEN_IN_TIMESCALE CF-STR-1 2025-05 CF-2 second",
        "NOT_SEEN_IN_TIMESCALE CF-STR-1 2025-05 CF-4 new",
        "NOT_SEEN_IN_TIMESCALE CF-STR-2 2025-05 CF-21 other team");

    IndicatorImportReport again = indicators.importExceptions(stream(second), "second.csv");
    assertThat(again.created() + again.updated() + again.removed()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(stored()).hasSize(5);
  }

  @Test
  void aScopesExceptionsAreReadForTheLatestMonthByDefault() {
    indicators.importExceptions(stream(exceptions(
        "CP_PLAN_OVER_18_MONTHS,CF-1,CF-STR-1,2025-04,since 2022",
        "NOT_SEEN_IN_TIMESCALE,CF-2,CF-STR-1,2025-05,x",
        "ASSESSMENT_OVER_45_DAYS,CF-3,CF-STR-1,2025-05,y",
        "NOT_SEEN_IN_TIMESCALE,CF-21,CF-STR-2,2025-05,z",
        "NOT_SEEN_IN_TIMESCALE,CF-31,CF-GLO-1,2025-06,w",
        "NOT_SEEN_IN_TIMESCALE,RA-1,RA-STR-1,2025-05,v")), "lists.csv");
    TestUsers.signOut(); // reading needs nobody signed in: the caller decides who may see what

    assertThat(indicators.exceptions(ScopeLevel.TEAM, "cf-str-1", null))
        .extracting(ChildException::listCode, ChildException::childReference, ChildException::month)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NOT_SEEN_IN_TIMESCALE", "CF-2", YearMonth.of(2025, 5)),
            org.assertj.core.groups.Tuple.tuple("ASSESSMENT_OVER_45_DAYS", "CF-3", YearMonth.of(2025, 5)));
    assertThat(indicators.exceptions(ScopeLevel.TEAM, "CF-STR-1", YearMonth.of(2025, 4)))
        .singleElement().satisfies(e -> {
          assertThat(e.listName()).isEqualTo("CP plans over 18 months");
          assertThat(e.serviceCode()).isEqualTo("CF");
          assertThat(e.detail()).isEqualTo("since 2022");
        });
    assertThat(indicators.exceptions(ScopeLevel.SERVICE, "CF", null)).extracting(ChildException::childReference)
        .containsExactly("CF-31");
    assertThat(indicators.exceptions(ScopeLevel.LOCALITY, "stroud", null)).extracting(ChildException::childReference)
        .containsExactly("CF-2", "CF-21", "RA-1", "CF-3");
    assertThat(indicators.exceptions(ScopeLevel.TEAM, "CF-TEW-1", null)).isEmpty();
  }
}
