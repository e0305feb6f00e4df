package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Audits list on the real database: complete and scoped for a team manager, a head of service, an
 * auditor, someone with two roles and a quality manager when the county has 2,000 newer audits
 * elsewhere; pages that neither overlap nor skip; sorts, filters and counts (ADR 16, ADR 21).
 */
@SpringBootTest
class AuditsListTest {

  @Autowired Audits audits;
  @Autowired JdbcTemplate jdbc;

  String stamp;
  String service;
  String teamA;
  String teamB;
  String teamElsewhere;
  String auditor;

  /**
   * One service of two teams (30 and 20 audits, a month old, in every status), an auditor's 12 audits
   * in another service, and then 2,000 newer audits in that other service, in SQL.
   */
  @BeforeEach
  void aCountyWith2000NewerAuditsElsewhere() {
    stamp = String.valueOf(System.nanoTime() % 1_000_000);
    service = "S" + stamp;
    teamA = service + "-A";
    teamB = service + "-B";
    teamElsewhere = "O" + stamp + "-X";
    auditor = "au" + stamp;
    seed("A" + stamp + "-", service, teamA, 30, "other.auditor", "30 days");
    seed("B" + stamp + "-", service, teamB, 20, "other.auditor", "29 days");
    seed("H" + stamp + "-", "O" + stamp, teamElsewhere, 12, auditor, "20 days");
    jdbc.update("""
        insert into pa.audit (child_reference, service_code, team_code, auditor, due_date, status, overall_grade,
                              final_grade, created_at, submitted_at, closed_at)
        select ?::text || g, ?, ?, 'busy.auditor', current_date - 5, 'CLOSED', 'GOOD', 'GOOD',
               now() - g * interval '1 second', now() - g * interval '1 second', now()
          from generate_series(1, 2000) g
        """, "N" + stamp + "-", "O" + stamp, teamElsewhere);
  }

  /**
   * {@code count} audits, one minute apart, due the same day (ties for the due-date sort), in turn
   * waiting for an auditor, assigned, in progress, in moderation, awaiting actions and closed.
   */
  private void seed(String prefix, String service, String team, int count, String auditorName, String age) {
    jdbc.update("""
        insert into pa.audit (child_reference, service_code, team_code, auditor, due_date, status, overall_grade,
                              final_grade, moderation_reason, created_at, submitted_at, closed_at)
        select ?::text || lpad(g::text, 2, '0'), ?, ?, case when g % 6 = 0 then null else ? end, current_date + 10,
               (array['UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'IN_MODERATION', 'AWAITING_ACTIONS', 'CLOSED'])[1 + g % 6],
               case when g % 6 >= 3 then 'GOOD' end,
               case when g % 6 = 3 then 'GOOD' when g % 6 = 4 then 'INADEQUATE' when g % 6 = 5 then 'GOOD' end,
               case when g % 6 = 3 then 'Auditor in development' end,
               now() - ?::interval + g * interval '1 minute',
               case when g % 6 >= 3 then now() - ?::interval + g * interval '1 minute' + interval '2 days' end,
               case when g % 6 = 5 then now() end
          from generate_series(0, ? - 1) g
        """, prefix, service, team, auditorName, age, age, count);
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  /** Every page of the list, in order; fails if a row comes twice. */
  private List<String> everyPage(AuditFilter filter, Sort sort, int size) {
    List<String> rows = new ArrayList<>();
    Page<AuditSummary> page = audits.list(filter, PageRequest.of(0, size, sort));
    while (true) {
      page.getContent().forEach(a -> rows.add(a.childReference()));
      if (!page.hasNext()) {
        break;
      }
      page = audits.list(filter, page.nextPageable());
    }
    assertThat(rows).as("no audit on two pages").doesNotHaveDuplicates();
    assertThat((long) rows.size()).as("the count matches the rows").isEqualTo(page.getTotalElements());
    return rows;
  }

  private List<String> firstPage(AuditFilter filter, Sort sort) {
    return audits.list(filter, PageRequest.of(0, 100, sort)).getContent().stream().map(AuditSummary::childReference).toList();
  }

  private Set<String> references(String prefix, int count) {
    Set<String> references = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      references.add(prefix + String.format("%02d", i));
    }
    return references;
  }

  /** The auditor's audits elsewhere, less the two (H-00, H-06) that wait for an auditor. */
  private Set<String> held() {
    Set<String> held = references("H" + stamp + "-", 12);
    held.removeAll(Set.of("H" + stamp + "-00", "H" + stamp + "-06"));
    return held;
  }

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

  @Test
  void aTeamManagerSeesEveryAuditOfTheirTeamBehind2000NewerOnesElsewhere() {
    List<String> newest500 = jdbc.queryForList("select child_reference from pa.audit order by created_at desc limit 500",
        String.class);
    assertThat(newest500).as("the old list (the county's 500 newest) would have shown none of them")
        .noneMatch(ref -> ref.startsWith("A" + stamp));

    TestUsers.signIn("tm." + stamp, List.of("team-manager"), service, teamA);
    List<String> rows = everyPage(AuditFilter.NONE, NEWEST_FIRST, 7);

    assertThat(new TreeSet<>(rows)).isEqualTo(references("A" + stamp + "-", 30));
    assertThat(rows.get(0)).as("newest first").isEqualTo("A" + stamp + "-29");
    assertThat(audits.count(AuditFilter.NONE)).isEqualTo(30);
  }

  @Test
  void aHeadOfServiceSeesTheirServiceAndAnAuditorTheAuditsTheyHold() {
    TestUsers.signIn("hos." + stamp, List.of("head-of-service"), service, null);
    Set<String> both = new TreeSet<>(references("A" + stamp + "-", 30));
    both.addAll(references("B" + stamp + "-", 20));
    assertThat(new TreeSet<>(everyPage(AuditFilter.NONE, NEWEST_FIRST, 9))).isEqualTo(both);

    TestUsers.signIn(auditor, List.of("auditor"), "QA", "QA-AUDIT");
    assertThat(new TreeSet<>(everyPage(AuditFilter.NONE, NEWEST_FIRST, 5))).isEqualTo(held());
  }

  @Test
  void someoneWithTwoRolesSeesTheUnionOnce() {
    // An auditor who also manages team A: team A's audits and the audits they hold elsewhere.
    TestUsers.signIn(auditor, List.of("auditor", "team-manager"), service, teamA);
    Set<String> union = new TreeSet<>(references("A" + stamp + "-", 30));
    union.addAll(held());
    jdbc.update("update pa.audit set auditor = ? where child_reference = ?", auditor, "A" + stamp + "-01");

    assertThat(new TreeSet<>(everyPage(AuditFilter.NONE, NEWEST_FIRST, 8))).as("A-01 is in both parts, listed once")
        .isEqualTo(union);
    assertThat(audits.count(AuditFilter.NONE)).isEqualTo(40);
  }

  @Test
  void aQualityManagerAndAModeratorSeeTheWholeCountyNewestFirst() {
    TestUsers.qm1();
    Page<AuditSummary> first = audits.list(AuditFilter.NONE, PageRequest.of(0, 50));
    assertThat(first.getTotalElements()).isEqualTo(jdbc.queryForObject("select count(*) from pa.audit", Long.class));
    assertThat(first.getContent()).extracting(AuditSummary::id).containsExactlyElementsOf(
        jdbc.queryForList("select id from pa.audit order by created_at desc, id desc limit 50", Long.class));

    TestUsers.signIn("moderator1", List.of("moderator"), "QA", "QA-AUDIT");
    assertThat(audits.count(new AuditFilter(null, teamB, null, null, null, null, null, null))).isEqualTo(20);
  }

  @Test
  void pagesOfAuditsDueTheSameDayNeitherOverlapNorSkip() {
    TestUsers.signIn("tm." + stamp, List.of("team-manager"), service, teamA);

    List<String> ascending = everyPage(AuditFilter.NONE, Sort.by("dueDate"), 7);
    List<String> descending = everyPage(AuditFilter.NONE, Sort.by(Sort.Direction.DESC, "dueDate"), 4);

    assertThat(new TreeSet<>(ascending)).isEqualTo(references("A" + stamp + "-", 30));
    List<String> reversed = new ArrayList<>(ascending);
    java.util.Collections.reverse(reversed);
    assertThat(descending).as("the id breaks the ties, in the sort's direction").containsExactlyElementsOf(reversed);
  }

  @Test
  void theListSortsByWhatItShows() {
    TestUsers.signIn("hos." + stamp, List.of("head-of-service"), service, null);

    assertThat(firstPage(AuditFilter.NONE, Sort.by("childReference"))).first().isEqualTo("A" + stamp + "-00");
    assertThat(firstPage(AuditFilter.NONE, Sort.by(Sort.Direction.DESC, "teamCode"))).first().asString()
        .startsWith("B" + stamp);
    List<AuditStatus> byStatus = audits.list(AuditFilter.NONE, PageRequest.of(0, 100, Sort.by("status"))).stream()
        .map(AuditSummary::status).toList();
    assertThat(byStatus).as("in the order of the lifecycle").isSortedAccordingTo(java.util.Comparator.naturalOrder())
        .startsWith(AuditStatus.UNASSIGNED).endsWith(AuditStatus.CLOSED);
    List<AuditSummary> bySubmission = audits.list(AuditFilter.NONE, PageRequest.of(0, 100,
        Sort.by(Sort.Direction.DESC, "submittedAt"))).getContent();
    assertThat(bySubmission.get(0).childReference()).isEqualTo("B" + stamp + "-17");
    assertThat(bySubmission).as("not yet submitted last").filteredOn(a -> a.submittedAt() == null).hasSize(26);
    assertThat(bySubmission.subList(24, 50)).allMatch(a -> a.submittedAt() == null);
    List<String> byAuditor = audits.list(AuditFilter.NONE, PageRequest.of(0, 100, Sort.by("auditor"))).stream()
        .map(AuditSummary::auditor).toList();
    assertThat(byAuditor.subList(0, 41)).containsOnly("other.auditor");
    assertThat(byAuditor.subList(41, 50)).as("nobody holds them yet: last").containsOnlyNulls();
  }

  @Test
  void theListIsFilteredAndCountedInTheDatabase() {
    TestUsers.signIn("hos." + stamp, List.of("head-of-service"), service, null);

    assertThat(firstPage(filter("a" + stamp + "-1", null, null, null), NEWEST_FIRST)).hasSize(10)
        .allMatch(ref -> ref.startsWith("A" + stamp + "-1"));
    assertThat(firstPage(filter(null, teamB.toLowerCase(), null, null), NEWEST_FIRST)).hasSize(20);
    assertThat(firstPage(filter(null, null, AuditStatus.IN_MODERATION, null), NEWEST_FIRST)).hasSize(5 + 3);
    assertThat(audits.list(filter(null, null, null, Grade.GOOD), PageRequest.of(0, 100)).getContent())
        .as("only grades that stand: an audit in moderation has the auditor's grade but no final one yet")
        .hasSize(5 + 3).allMatch(a -> a.status() == AuditStatus.CLOSED && a.finalGrade() == Grade.GOOD);
    assertThat(audits.list(filter(null, null, AuditStatus.IN_MODERATION, null), PageRequest.of(0, 100)).getContent())
        .allSatisfy(a -> {
          assertThat(a.overallGrade()).isEqualTo(Grade.GOOD);
          assertThat(a.finalGrade()).isNull();
        });
    assertThat(firstPage(new AuditFilter(null, null, "OTHER.auditor", AuditStatus.ASSIGNED, null, null, null, null),
        NEWEST_FIRST)).hasSize(5 + 4);

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    LocalDate dueDay = jdbc.queryForObject("select current_date + 10", LocalDate.class);
    AuditFilter startedMonthAgo = new AuditFilter(null, null, null, null, null, AuditFilter.Dates.STARTED,
        today.minusDays(30), today.minusDays(30));
    assertThat(firstPage(startedMonthAgo, NEWEST_FIRST)).isNotEmpty().allMatch(ref -> ref.startsWith("A" + stamp));
    AuditFilter dueSoon = new AuditFilter(null, null, null, null, null, AuditFilter.Dates.DUE, dueDay, null);
    assertThat(audits.count(dueSoon)).isEqualTo(50);
    AuditFilter submittedThisMonth = new AuditFilter(null, null, null, null, null, AuditFilter.Dates.SUBMITTED,
        today.minusDays(28), today);
    assertThat(audits.count(submittedThisMonth)).isEqualTo(
        jdbc.queryForObject("select count(*) from pa.audit where service_code = ? and submitted_at is not null", Long.class,
            service));

    // What the tally sums and what a count counts agree.
    for (AuditFilter f : List.of(filter(null, null, AuditStatus.CLOSED, null), filter(null, teamA, null, Grade.GOOD),
        filter(null, teamA, null, null))) {
      long tallied = audits.count(f);
      long counted = audits.count(new AuditFilter(null, f.teamCode(), null, f.status(), f.grade(), AuditFilter.Dates.DUE,
          today.minusYears(10), null));
      assertThat(tallied).as(f.toString()).isEqualTo(counted).isPositive();
    }
  }

  @Test
  void whatTheListDoesNotOfferIsRefusedNamingTheInput() {
    TestUsers.signIn("tm." + stamp, List.of("team-manager"), service, teamA);

    assertThatThrownBy(() -> audits.list(AuditFilter.NONE, PageRequest.of(0, 10, Sort.by("moderationReason"))))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> {
          assertThat(e.field()).isEqualTo("sort");
          assertThat(e.getMessage()).contains("\"moderationReason\"").contains("dueDate");
        });
    assertThatThrownBy(() -> audits.count(filter("CF 1%", null, null, null)))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> assertThat(e.field()).isEqualTo("childReference"));
    LocalDate today = LocalDate.now();
    assertThatThrownBy(() -> audits.count(new AuditFilter(null, null, null, null, null, null, today, today.minusDays(1))))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void theTallyKeepsUpWithEveryChange() {
    String reference = "A" + stamp + "-03"; // in moderation
    jdbc.update("update pa.audit set status = 'AWAITING_ACTIONS', final_grade = 'INADEQUATE' where child_reference = ?",
        reference);
    jdbc.update("update pa.audit set child_voice = 'Recorded.' where child_reference = ?", reference);
    jdbc.update("update pa.audit set auditor = 'someone.else', team_code = ? where child_reference = ?", teamB,
        "A" + stamp + "-04");
    jdbc.update("delete from pa.audit where child_reference = ?", "A" + stamp + "-05");

    String tally = "select service_code, team_code, auditor, status, grade, audits from pa.audit_tally where audits <> 0";
    String grouped = "select service_code, team_code, coalesce(auditor, ''), status,"
        + " coalesce(pa.audit_decided_grade(status, final_grade), ''), count(*) from pa.audit group by 1, 2, 3, 4, 5";
    assertThat(jdbc.queryForList(tally + " except " + grouped)).as("the tally is the audits, grouped").isEmpty();
    assertThat(jdbc.queryForList(grouped + " except " + tally)).as("the tally is the audits, grouped").isEmpty();
    assertThat(jdbc.queryForObject("select sum(audits) from pa.audit_tally", Long.class))
        .isEqualTo(jdbc.queryForObject("select count(*) from pa.audit", Long.class));
  }

  private static AuditFilter filter(String child, String team, AuditStatus status, Grade grade) {
    return new AuditFilter(child, team, null, status, grade, null, null, null);
  }
}
