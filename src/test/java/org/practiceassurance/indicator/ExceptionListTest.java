package org.practiceassurance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Exception lists in SQL: a scope's children for its latest month, complete however many children
 * other teams have in later months, paged without overlap or gap, narrowed and sorted, and refused
 * outside the person's scope. Rows are written straight into the table as the import leaves them.
 */
@SpringBootTest
class ExceptionListTest {

  @Autowired Indicators indicators;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void county() {
    IndicatorFixtures.reset(jdbc);
    IndicatorFixtures.county(rosterImport);
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  /** {@code n} children {@code <prefix>-1...} of the team on the lists in turn. */
  private void insert(int n, String prefix, String team, String service, YearMonth month) {
    jdbc.update("""
        insert into pa.indicator_exception (list_code, child_reference, team_code, month, service_code, locality, detail,
                                            imported_at, imported_by)
        select (array['NOT_SEEN_IN_TIMESCALE', 'ASSESSMENT_OVER_45_DAYS', 'CP_PLAN_OVER_18_MONTHS'])[1 + g % 3],
               ? || '-' || g, ?, ?, ?, 'Stroud', 'Row ' || g, now(), 'qm1'
          from generate_series(1, ?) g
        """, prefix, team, java.sql.Date.valueOf(month.atDay(1)), service, n);
  }

  @Test
  void aTeamsListIsCompleteHoweverManyChildrenOtherTeamsHaveInLaterMonths() {
    YearMonth march = YearMonth.of(2025, 3);
    insert(7, "OWN", "CF-STR-1", "CF", march);
    insert(600, "GLO", "CF-GLO-1", "CF", march.plusMonths(1));
    insert(600, "RAS", "RA-STR-1", "RA", march.plusMonths(2));

    TestUsers.tm1();
    Page<ChildException> page = indicators.exceptions(ExceptionFilter.of(ScopeLevel.TEAM, "cf-str-1", null),
        PageRequest.of(0, 50));
    assertThat(page.getTotalElements()).isEqualTo(7);
    assertThat(page.getContent()).extracting(ChildException::month).containsOnly(march);
    assertThat(page.getContent()).extracting(ChildException::childReference).allMatch(c -> c.startsWith("OWN-"));
    assertThat(indicators.latestExceptionMonth(ScopeLevel.TEAM, "CF-STR-1")).hasValue(march);
    assertThatThrownBy(() -> indicators.exceptionCount(ExceptionFilter.of(ScopeLevel.TEAM, "CF-GLO-1", null)))
        .isInstanceOf(AccessDeniedException.class);

    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThat(indicators.exceptionCount(ExceptionFilter.of(ScopeLevel.SERVICE, "CF", null))).as("April, the latest")
        .isEqualTo(600);
    assertThat(indicators.exceptionCount(ExceptionFilter.of(ScopeLevel.SERVICE, "CF", march))).isEqualTo(7);
    assertThatThrownBy(() -> indicators.exceptionRows(ExceptionFilter.of(ScopeLevel.SERVICE, "RA", null),
        PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void pagesNeitherOverlapNorLeaveGapsAndTheListNarrowsAndSorts() {
    YearMonth march = YearMonth.of(2025, 3);
    insert(14, "PG", "CF-STR-1", "CF", march);
    insert(3, "PH", "CF-STR-2", "CF", march);
    TestUsers.qm1();
    ExceptionFilter service = ExceptionFilter.of(ScopeLevel.SERVICE, "CF", march);
    for (Sort sort : List.of(Sort.unsorted(), Sort.by("childReference"), Sort.by(Sort.Direction.DESC, "teamCode"),
        Sort.by("list", "id"))) {
      List<Long> paged = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        Page<ChildException> page = indicators.exceptions(service, PageRequest.of(p, 5, sort));
        assertThat(page.getTotalElements()).isEqualTo(17);
        page.forEach(e -> paged.add(e.id()));
      }
      assertThat(paged).as("sorted by %s", sort).hasSize(17).doesNotHaveDuplicates();
    }
    List<ChildException> byDefault = indicators.exceptionRows(service, PageRequest.of(0, 17));
    assertThat(byDefault.get(0).listCode()).isEqualTo("NOT_SEEN_IN_TIMESCALE");
    assertThat(byDefault.get(16).listCode()).isEqualTo("CP_PLAN_OVER_18_MONTHS");
    assertThat(indicators.exceptionRows(service, PageRequest.of(0, 17, Sort.by("childReference"))))
        .extracting(ChildException::childReference).isSorted();

    assertThat(indicators.exceptionCount(service.withTeam("cf-str-2"))).isEqualTo(3);
    assertThat(indicators.exceptionCount(service.withList("cp_plan_over_18_months"))).isEqualTo(6);
    assertThat(indicators.exceptionRows(service.withChild("pg-1"), PageRequest.of(0, 17)))
        .extracting(ChildException::childReference)
        .containsExactlyInAnyOrder("PG-1", "PG-10", "PG-11", "PG-12", "PG-13", "PG-14");
    assertThat(indicators.exceptionCount(service.withChild("pg_"))).as("an underscore is taken literally").isZero();
    assertThatThrownBy(() -> indicators.exceptions(service, PageRequest.of(0, 5, Sort.by("detail"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"detail\"");
  }
}
