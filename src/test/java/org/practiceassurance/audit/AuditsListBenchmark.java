package org.practiceassurance.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.practiceassurance.PracticeAssuranceApplication;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: {@code ./mvnw -Pbench verify} runs it ({@code -Dbench.audits-list.skip} skips it;
 * {@code -Dbench.audits-list.audits=} and {@code -Dbench.audits-list.runs=} change the volume and the
 * runs). Seeds a fresh embedded PostgreSQL with 1,000,000 audits over ten years in 200 teams of 8
 * services, held by 23 auditors, in SQL; then asks the Audits list for its first page (50 rows and how
 * many match) through {@link Audits#list} as a quality manager (the county), a head of service (a
 * service), a team manager (a team) and an auditor (the audits they hold), newest first and with
 * other sorts and filters, and prints the median and 95th percentile of each after warm-up.
 * "Before": the list as it was (the county's 500 newest audits, then kept in Java if the person may
 * see them), on the schema as it was (without V16's index on the date started), measured in a
 * transaction that is rolled back. Goal (issue 12): p95 at most 50 ms for the first page, for a team
 * manager and a quality manager.
 */
public final class AuditsListBenchmark {

  public static void main(String[] args) {
    int audits = Integer.getInteger("bench.audits-list.audits", 1_000_000);
    int runs = Integer.getInteger("bench.audits-list.runs", 40);
    System.setProperty("spring.profiles.active", "test");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeAssuranceApplication.class)
        .properties("server.port=0", "logging.level.root=WARN", "logging.level.org.practiceassurance=WARN").run()) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long started = System.nanoTime();
      seed(jdbc, audits);
      System.out.printf(Locale.ROOT, "%nSeeded %,d audits in %.0f s.%n", audits, (System.nanoTime() - started) / 1e9);
      new AuditsListBenchmark(context).run(runs, audits);
    }
  }

  private record Viewer(String label, Runnable signIn) {}

  private final ConfigurableApplicationContext context;
  private final Audits list;
  private final CurrentUser currentUser;

  private AuditsListBenchmark(ConfigurableApplicationContext context) {
    this.context = context;
    this.list = context.getBean(Audits.class);
    this.currentUser = context.getBean(CurrentUser.class);
  }

  private void run(int runs, int audits) {
    List<Viewer> viewers = List.of(
        new Viewer("quality manager (county)", TestUsers::qm1),
        new Viewer("head of service (service CF)", () -> TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null)),
        new Viewer("team manager (team CF-BN-003)",
            () -> TestUsers.signIn("tm.bn", List.of("team-manager"), "CF", "CF-BN-003")),
        new Viewer("auditor (auditor7's audits)", () -> TestUsers.signIn("auditor7", List.of("auditor"), "QA", "QA-AUDIT")));
    Map<String, Supplier<Page<AuditSummary>>> pages = new LinkedHashMap<>();
    pages.put("newest first (the default)", () -> list.list(AuditFilter.NONE, PageRequest.of(0, 50)));
    pages.put("due soonest first", () -> list.list(AuditFilter.NONE, PageRequest.of(0, 50, Sort.by("dueDate"))));
    pages.put("by status (lifecycle order)", () -> list.list(AuditFilter.NONE, PageRequest.of(0, 50, Sort.by("status"))));
    pages.put("status In moderation, newest first", () -> list.list(
        new AuditFilter(null, null, null, AuditStatus.IN_MODERATION, null, null, null, null), PageRequest.of(0, 50)));
    pages.put("child reference starting BN-00012, newest first", () -> list.list(
        new AuditFilter("BN-00012", null, null, null, null, null, null, null), PageRequest.of(0, 50)));

    System.out.printf(Locale.ROOT, "%nAudits list, first page (50 rows and the count): %,d audits, 200 teams, 8 services,"
        + " 23 auditors; %d runs after 5 warm-up runs; embedded PostgreSQL 14 on this machine.%n%n", audits, runs);
    System.out.println("| page | viewer | matching | p50 ms | p95 ms | before: p50 / p95 ms, rows shown of theirs | goal |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (Map.Entry<String, Supplier<Page<AuditSummary>>> page : pages.entrySet()) {
      for (Viewer viewer : viewers) {
        viewer.signIn().run();
        try {
          for (int i = 0; i < 5; i++) {
            page.getValue().get();
          }
          List<Double> times = new ArrayList<>();
          long matching = 0;
          for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            matching = page.getValue().get().getTotalElements();
            times.add((System.nanoTime() - started) / 1e6);
          }
          boolean first = page.getKey().startsWith("newest");
          String before = first ? before(currentUser.get(), matching) : "";
          boolean goal = first && (viewer.label().startsWith("quality") || viewer.label().startsWith("team"));
          System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %s | %s |%n", page.getKey(), viewer.label(),
              matching, percentile(times, 0.5), percentile(times, 0.95), before,
              goal ? (percentile(times, 0.95) <= 50 ? "p95 <= 50 ms: met" : "p95 <= 50 ms: NOT met") : "");
        } finally {
          TestUsers.signOut();
        }
      }
    }
  }

  /**
   * The list as it was: the county's 500 newest audits (no index on the date started, as before V16),
   * kept in Java if the person may see them. Ten runs in a transaction that drops V16's index and is
   * rolled back.
   */
  private String before(UserIdentity me, long theirs) {
    EntityManager entityManager = context.getBean(EntityManager.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    return transaction.execute(status -> {
      status.setRollbackOnly();
      jdbc.execute("drop index pa.audit_created_idx");
      boolean everything = OrganisationScope.seesWholeCounty(me) || me.hasRole(Roles.MODERATOR);
      List<Double> times = new ArrayList<>();
      int shown = 0;
      for (int i = 0; i < 10; i++) {
        long started = System.nanoTime();
        List<Object[]> newest = entityManager.createQuery("""
            select a.id, a.childReference, a.serviceCode, a.teamCode, a.auditor, a.dueDate, a.status, a.overallGrade,
                   a.finalGrade, a.moderationReason
            from Audit a order by a.createdAt desc""", Object[].class).setMaxResults(500).getResultList();
        shown = (int) newest.stream().filter(a -> everything || me.username().equals(a[4])
            || OrganisationScope.canSee(me, (String) a[2], (String) a[3])).count();
        times.add((System.nanoTime() - started) / 1e6);
      }
      return String.format(Locale.ROOT, "%.0f / %.0f, %,d of %,d", percentile(times, 0.5), percentile(times, 0.95),
          Math.min(shown, 500), theirs);
    });
  }

  private static double percentile(List<Double> times, double p) {
    List<Double> sorted = new ArrayList<>(times);
    sorted.sort(Double::compare);
    return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
  }

  /** Everything in SQL, reproducible (setseed): ten years of audits, most closed, the last months' still open. */
  static void seed(JdbcTemplate jdbc, int audits) {
    jdbc.execute("select setseed(0.2026)");
    jdbc.update("""
        insert into pa.team (code, name, service_code, locality, manager_username, created_at, updated_at)
        select s.code || '-BN-' || lpad(t::text, 3, '0'), 'Bench team ' || t, s.code, 'Stroud', 'tm.bn' || t, now(), now()
          from generate_series(1, 200) t
          join lateral (select (array['FD', 'RA', 'CF', 'CIC', 'CL', 'DIS', 'EH', 'YJ'])[1 + (t - 1) % 8] as code) s on true
        """);
    jdbc.execute("create temporary table bench_team as select row_number() over (order by code) as n, code, service_code"
        + " from pa.team where code like '%-BN-%'");
    jdbc.update("""
        insert into pa.audit (child_reference, service_code, team_code, allocated_worker, team_manager, auditor, due_date,
                              status, suggested_grade, overall_grade, final_grade, moderation_reason, created_at,
                              submitted_at, closed_at, child_voice, diversity_identity, risk_acted_on)
        select 'BN-' || lpad(g::text, 7, '0'), t.service_code, t.code, 'sw.' || t.code, 'tm.' || t.code,
               case when s.state = 'UNASSIGNED' then null else 'auditor' || (1 + g % 23) end, (s.at)::date + 28, s.state,
               s.grade, s.grade, s.grade, case when g % 5 = 0 then 'Sampled' end, s.at,
               case when s.state in ('IN_MODERATION', 'AWAITING_ACTIONS', 'CLOSED') then s.at + interval '20 days' end,
               case when s.state = 'CLOSED' then s.at + interval '60 days' end,
               repeat('The child''s wishes were recorded and used. ', 4), repeat('Language and faith recorded. ', 3), true
          from generate_series(1, ?) g
          join lateral (select at, grade,
                               case when at > now() - interval '20 days' then
                                      (array['UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS'])[1 + g % 3]
                                    when at > now() - interval '60 days' then
                                      (array['IN_MODERATION', 'RETURNED', 'AWAITING_ACTIONS'])[1 + g % 3]
                                    else 'CLOSED' end as state
                          from (select now() - random() * interval '3650 days' as at,
                                       case when r < 0.08 then 'OUTSTANDING' when r < 0.38 then 'GOOD'
                                            when r < 0.88 then 'REQUIRES_IMPROVEMENT' else 'INADEQUATE' end as grade
                                  from (select random() + g * 0 as r) x) y) s on true
          join bench_team t on t.n = 1 + g % 200
        """, audits);
    jdbc.execute("vacuum analyze pa.audit");
    jdbc.execute("vacuum analyze pa.audit_tally");
  }
}
