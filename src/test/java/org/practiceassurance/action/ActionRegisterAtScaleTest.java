package org.practiceassurance.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The register against many rows written straight into the table (as {@code Actions.raise} leaves
 * them): complete for a person whose few actions are due after a thousand others elsewhere, and
 * paged without overlap or gap in every order the screen offers, ties included.
 */
@SpringBootTest
class ActionRegisterAtScaleTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired Actions actions;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  /**
   * {@code n} actions with ids {@code <prefix>00001...}: due in threes from {@code firstDue} (ties),
   * owners and statuses taking turns, child references {@code <child>-1...}.
   */
  static List<String> insert(JdbcTemplate jdbc, String prefix, int n, String service, String team, LocalDate firstDue,
      String child) {
    jdbc.update("""
        insert into pa.action (id, source, source_id, child_reference, description, owner, raised_by, service_code,
                               team_code, priority, due_date, status, created_at, closed_at, closed_by, version)
        select ? || lpad(g::text, 5, '0'), 'AUDIT', 'SCALE', ? || '-' || g, 'Scale action ' || g,
               (array['owner.a', 'owner.b', 'owner.c'])[1 + g % 3], 'raiser.scale', ?, ?,
               (array['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + g % 4], cast(? as date) + (g / 3),
               (array['OPEN', 'OVERDUE', 'DONE_AWAITING_VERIFICATION', 'CLOSED'])[1 + g % 4],
               now(), case when g % 4 = 3 then now() end, case when g % 4 = 3 then 'tm1' end, 0
          from generate_series(1, ?) g
        """, prefix, child, service, team, java.sql.Date.valueOf(firstDue), n);
    List<String> ids = new ArrayList<>();
    for (int g = 1; g <= n; g++) {
      ids.add(prefix + String.format("%05d", g));
    }
    return ids;
  }

  @Test
  void aTeamManagersRegisterIsCompleteWhenTheCountyHasAThousandActionsDueSooner() {
    String stamp = String.valueOf(System.nanoTime() % 100_000_000);
    String team = "SC" + stamp + "-T";
    List<String> ours = insert(jdbc, "M" + stamp, 3, "CF", team, TODAY.plusDays(400), "SCM" + stamp);
    insert(jdbc, "E" + stamp, 1_000, "ZZ", "ZZ-" + stamp, TODAY.minusDays(30), "SCE" + stamp);

    TestUsers.signIn("tm.scale" + stamp, List.of("team-manager"), "CF", team);
    Page<ActionSummary> first = actions.register(RegisterFilter.NONE, PageRequest.of(0, 50));
    assertThat(first.getContent()).extracting(ActionSummary::id).containsExactlyInAnyOrderElementsOf(ours);
    assertThat(first.getTotalElements()).isEqualTo(3);

    TestUsers.signIn("hos.scale", List.of("head-of-service"), "ZZ", null);
    assertThat(actions.registerCount(RegisterFilter.NONE)).as("the other service's head sees its thousand")
        .isEqualTo(1_000);
    assertThat(actions.registerRows(RegisterFilter.NONE, Pageable.unpaged())).extracting(ActionSummary::id)
        .doesNotContainAnyElementsOf(ours);
  }

  @Test
  void pagesNeitherOverlapNorLeaveGapsInEveryOrderTheScreenOffers() {
    String stamp = String.valueOf(System.nanoTime() % 100_000_000);
    String team = "PG" + stamp + "-T";
    List<String> ours = insert(jdbc, "P" + stamp, 23, "CF", team, TODAY, "PGC" + stamp);
    TestUsers.qm1();
    RegisterFilter filter = RegisterFilter.NONE.withTeam(team);

    for (Sort sort : List.of(Sort.unsorted(), Sort.by("owner"), Sort.by(Sort.Direction.DESC, "status"),
        Sort.by("priority", "dueDate"), Sort.by(Sort.Direction.DESC, "childReference"), Sort.by("teamCode"))) {
      List<String> paged = new ArrayList<>();
      Page<ActionSummary> page = actions.register(filter, PageRequest.of(0, 5, sort));
      assertThat(page.getTotalElements()).isEqualTo(23);
      assertThat(page.getTotalPages()).isEqualTo(5);
      while (true) {
        page.getContent().forEach(a -> paged.add(a.id()));
        if (!page.hasNext()) {
          break;
        }
        page = actions.register(filter, page.nextPageable());
      }
      assertThat(paged).as("sorted by %s", sort).hasSize(23).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ours)
          .containsExactlyElementsOf(actions.registerRows(filter, Pageable.unpaged(sort)).stream()
              .map(ActionSummary::id).toList());
    }

    List<ActionSummary> byOwner = actions.registerRows(filter, PageRequest.of(0, 23, Sort.by("owner")));
    assertThat(byOwner).extracting(ActionSummary::owner).isSorted();
    List<ActionSummary> byDue = actions.registerRows(filter, PageRequest.of(0, 23));
    assertThat(byDue).extracting(ActionSummary::dueDate).isSorted();
    for (int i = 1; i < byDue.size(); i++) {
      if (byDue.get(i).dueDate().equals(byDue.get(i - 1).dueDate())) {
        assertThat(byDue.get(i).id()).as("ties broken by id").isGreaterThan(byDue.get(i - 1).id());
      }
    }
    List<ActionStatus> statuses = actions.registerRows(filter, PageRequest.of(0, 23, Sort.by("status"))).stream()
        .map(ActionSummary::status).toList();
    assertThat(new HashSet<>(statuses)).hasSize(4);
    assertThat(statuses).as("in the order work moves along").isSortedAccordingTo(java.util.Comparator.naturalOrder());
    List<Priority> priorities = actions.registerRows(filter, PageRequest.of(0, 23, Sort.by(Sort.Direction.DESC, "priority")))
        .stream().map(ActionSummary::priority).toList();
    assertThat(priorities.get(0)).isEqualTo(Priority.URGENT);
    assertThat(priorities.get(22)).isEqualTo(Priority.LOW);
  }
}
