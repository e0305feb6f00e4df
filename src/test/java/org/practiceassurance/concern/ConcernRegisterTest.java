package org.practiceassurance.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Cases of Concern register in SQL: each person's scope (and what they raised), complete however
 * many newer entries the county has elsewhere, paged without overlap or gap, sorted and searched.
 * Bulk rows are written straight into the table as the module leaves them.
 */
@SpringBootTest
class ConcernRegisterTest {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired ConcernRegister register;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  /** {@code n} entries for children {@code <child>-1...}, one a minute back from now, statuses taking turns. */
  private List<Long> insert(int n, String child, String service, String team, String raisedBy) {
    return jdbc.queryForList("""
        insert into pa.concern (child_reference, reason, raised_by, source, source_id, service_code, team_code,
                                responsible_manager, status, review_date, raised_at)
        select ? || '-' || g, 'At risk ' || g, ?, 'AUDIT', 'SCALE', ?, ?, 'tm.scale',
               (array['OPEN', 'ACKNOWLEDGED', 'RESOLVED'])[1 + g % 3], current_date + (g % 5),
               now() - g * interval '1 minute'
          from generate_series(1, ?) g
        returning id
        """, Long.class, child, raisedBy, service, team, n);
  }

  private static String stamp() {
    return String.valueOf(System.nanoTime() % 100_000_000);
  }

  private List<Long> ids(ConcernFilter filter) {
    List<ConcernEntry> rows = register.visibleRows(filter, Pageable.unpaged());
    assertThat(register.visibleCount(filter)).isEqualTo(rows.size());
    return rows.stream().map(ConcernEntry::id).toList();
  }

  @Test
  void eachPersonSeesTheirScopeAndWhatTheyRaisedHoweverManyNewerEntriesThereAreElsewhere() {
    String s = stamp();
    String team = "CN" + s + "-T";
    List<Long> teams = insert(2, "CNT" + s, "CF", team, "auditor1");
    List<Long> raisedByAuditor = insert(1, "CNA" + s, "RA", "RA-" + s, "auditor.cn" + s);
    List<Long> otherService = insert(1, "CNO" + s, "RA", "RA-" + s, "auditor1");
    // newer than all of the above, in a service none of these people sees
    jdbc.update("update pa.concern set raised_at = raised_at - interval '1 day' where id in (?, ?, ?, ?)",
        teams.get(0), teams.get(1), raisedByAuditor.get(0), otherService.get(0));
    insert(600, "CNE" + s, "ZZ", "ZZ-" + s, "auditor1");

    TestUsers.signIn("tm.cn" + s, List.of("team-manager"), "CF", team);
    Page<ConcernEntry> first = register.visible(ConcernFilter.NONE, PageRequest.of(0, 50));
    assertThat(first.getContent()).extracting(ConcernEntry::id).containsExactlyInAnyOrderElementsOf(teams);
    assertThat(first.getTotalElements()).isEqualTo(2);

    TestUsers.signIn("sw.cn" + s, List.of("social-worker"), "CF", team);
    assertThat(ids(ConcernFilter.NONE)).containsExactlyInAnyOrderElementsOf(teams);

    TestUsers.signIn("auditor.cn" + s, List.of("auditor"), "QA", "QA-AUDIT");
    assertThat(ids(ConcernFilter.NONE)).as("an auditor sees what they raised").containsExactlyElementsOf(raisedByAuditor);

    TestUsers.signIn("hos.cn", List.of("head-of-service"), "CF", null);
    assertThat(ids(ConcernFilter.NONE)).containsAll(teams).doesNotContainAnyElementsOf(raisedByAuditor)
        .doesNotContainAnyElementsOf(otherService);

    TestUsers.qm1();
    assertThat(register.visibleCount(ConcernFilter.NONE.withService("zz"))).isEqualTo(600);
    assertThat(ids(ConcernFilter.NONE.withChild("cn"))).containsAll(teams).containsAll(raisedByAuditor)
        .containsAll(otherService);
  }

  @Test
  void pagesNeitherOverlapNorLeaveGapsAndEachColumnSorts() {
    String s = stamp();
    String team = "CP" + s + "-T";
    List<Long> ours = insert(17, "CPC" + s, "CF", team, "auditor1");
    // two raised at the same moment: the id keeps them in order
    jdbc.update("update pa.concern set raised_at = (select raised_at from pa.concern where id = ?) where id = ?",
        ours.get(0), ours.get(1));
    TestUsers.qm1();
    ConcernFilter filter = ConcernFilter.NONE.withTeam(team);
    for (Sort sort : List.of(Sort.unsorted(), Sort.by("status"), Sort.by(Sort.Direction.DESC, "reviewDate"),
        Sort.by("childReference"), Sort.by("raisedBy", "responsibleManager"))) {
      List<Long> paged = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        Page<ConcernEntry> page = register.visible(filter, PageRequest.of(p, 5, sort));
        assertThat(page.getTotalElements()).isEqualTo(17);
        page.forEach(e -> paged.add(e.id()));
      }
      assertThat(paged).as("sorted by %s", sort).hasSize(17).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ours);
    }
    List<ConcernEntry> newestFirst = register.visibleRows(filter, PageRequest.of(0, 17));
    assertThat(newestFirst).extracting(ConcernEntry::raisedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(register.visibleRows(filter, PageRequest.of(0, 17, Sort.by("status")))).extracting(ConcernEntry::status)
        .isSorted();
    assertThat(register.visibleRows(filter, PageRequest.of(0, 17, Sort.by("reviewDate"))))
        .extracting(ConcernEntry::reviewDate).isSorted();

    assertThatThrownBy(() -> register.visible(filter, PageRequest.of(0, 5, Sort.by("reason"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"reason\"");
  }

  @Test
  void searchesByStatusChildPersonAndTheDayRaised() {
    String s = stamp();
    String team = "CS" + s + "-T";
    List<Long> ours = insert(6, "CSC" + s, "CF", team, "raiser.cs" + s);
    TestUsers.qm1();
    ConcernFilter filter = ConcernFilter.NONE.withTeam(team);
    assertThat(ids(filter.withStatus(ConcernStatus.RESOLVED))).containsExactlyInAnyOrder(ours.get(1), ours.get(4));
    assertThat(ids(filter.withChild("csc" + s + "-1"))).containsExactly(ours.get(0));
    assertThat(ids(filter.withChild("csc" + s + "_"))).as("an underscore is taken literally").isEmpty();
    assertThat(ids(filter.withPerson("RAISER.CS" + s))).hasSize(6);
    assertThat(ids(filter.withPerson("tm.scale"))).as("the responsible manager").hasSize(6);
    LocalDate today = LocalDate.now(UK);
    assertThat(ids(filter.withRaised(today.minusDays(1), today))).hasSize(6);
    assertThat(ids(filter.withRaised(today.plusDays(1), null))).isEmpty();
    assertThatThrownBy(() -> register.visibleCount(filter.withRaised(today, today.minusDays(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
  }
}
