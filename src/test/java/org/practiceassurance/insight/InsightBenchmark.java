package org.practiceassurance.insight;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.practiceassurance.PracticeAssuranceApplication;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: {@code ./mvnw -Pbench verify} (or {@code -Dbench.insight.audits=...}). Seeds a fresh
 * embedded PostgreSQL with 200 teams, 1,000,000 audits over ten years (a fifth of them moderated,
 * with their five area decisions), 5,000,000 actions (one in twenty still open), 20,000 Cases of
 * Concern, 500 dip samples of 50 files and 62,000 monthly indicator values, all in SQL; then runs
 * every dashboard query through the application services, as a quality manager (the county), a head
 * of service (a service) and a team manager (a team), and prints each query's median and 95th
 * percentile. Goal (issue 6): 95th percentile under 300 ms for each.
 */
public final class InsightBenchmark {

  static final ZoneId UK = ZoneId.of("Europe/London");

  public static void main(String[] args) {
    int audits = Integer.getInteger("bench.insight.audits", 1_000_000);
    int actions = Integer.getInteger("bench.insight.actions", 5_000_000);
    int runs = Integer.getInteger("bench.insight.runs", 40);
    System.setProperty("spring.profiles.active", "test");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeAssuranceApplication.class)
        .properties("server.port=0", "logging.level.root=WARN", "logging.level.org.practiceassurance=WARN").run()) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long started = System.nanoTime();
      seed(jdbc, audits, actions);
      System.out.printf(Locale.ROOT, "%nSeeded %,d audits, %,d actions and the rest in %.0f s.%n", audits, actions,
          (System.nanoTime() - started) / 1e9);
      holdForInspection(jdbc);
      new InsightBenchmark(context).run(runs, audits, actions);
    }
  }

  private final Dashboards dashboards;
  private final Triangulation triangulation;

  private InsightBenchmark(ConfigurableApplicationContext context) {
    this.dashboards = context.getBean(Dashboards.class);
    this.triangulation = context.getBean(Triangulation.class);
  }

  private record Viewer(String label, Runnable signIn) {}

  private void run(int runs, int audits, int actions) {
    YearMonth now = YearMonth.now(UK);
    InsightFilter year = InsightFilter.lastMonths(12, now);
    InsightFilter quarter = InsightFilter.lastMonths(3, now);
    List<Viewer> viewers = List.of(
        new Viewer("county (quality manager)", TestUsers::qm1),
        new Viewer("service CF (head of service)", () -> TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null)),
        new Viewer("team CF-BN-003 (team manager)",
            () -> TestUsers.signIn("tm.bn", List.of("team-manager"), "CF", "CF-BN-003")));
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    queries.put("audit grades per month, 12 months", () -> dashboards.auditGrades(year));
    queries.put("audits behind a bar (a month, Inadequate)", () -> dashboards.auditsBehind(year, now.minusMonths(1), Grade.INADEQUATE));
    queries.put("moderation per month and auditor competency, 12 months", () -> dashboards.moderation(year));
    queries.put("actions by service and owner, median days to close, oldest", () -> dashboards.actions(year));
    queries.put("actions behind a count (overdue)", () -> dashboards.actionsBehind(year, null, null, ActionState.OVERDUE));
    queries.put("open Cases of Concern by age and service", () -> dashboards.concerns(year));
    queries.put("dip-sample compliance per theme over runs, 12 months", () -> dashboards.dipSamples(year));
    queries.put("team triangulation with team RAG, 3 months", () -> triangulation.teams(quarter));

    System.out.printf(Locale.ROOT, "%nInsight queries: %,d audits, %,d actions, 200 teams; %d runs of each after 5 warm-up "
        + "runs; embedded PostgreSQL on this machine.%n%n", audits, actions, runs);
    System.out.println("| query | scope | median ms | p95 ms | goal |");
    System.out.println("| --- | --- | --- | --- | --- |");
    for (Map.Entry<String, Supplier<Object>> query : queries.entrySet()) {
      for (Viewer viewer : viewers) {
        viewer.signIn().run();
        try {
          for (int i = 0; i < 5; i++) {
            query.getValue().get();
          }
          List<Double> times = new ArrayList<>();
          for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            query.getValue().get();
            times.add((System.nanoTime() - started) / 1e6);
          }
          times.sort(Double::compare);
          double median = times.get(times.size() / 2);
          double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
          System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %s |%n", query.getKey(), viewer.label(), median, p95,
              p95 < 300 ? "p95 < 300 ms: met" : "p95 < 300 ms: NOT met");
        } finally {
          TestUsers.signOut();
        }
      }
    }
  }

  /**
   * With {@code -Dbench.insight.hold=FILE}: keeps the seeded database up (and prints how to reach it
   * with psql, e.g. to EXPLAIN a query) until FILE is deleted.
   */
  private static void holdForInspection(JdbcTemplate jdbc) {
    String hold = System.getProperty("bench.insight.hold", "");
    if (hold.isBlank()) {
      return;
    }
    try {
      java.nio.file.Path file = java.nio.file.Path.of(hold);
      java.nio.file.Files.writeString(file, "delete me to go on");
      String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
      System.out.println("Seeded database: " + url + " (user postgres); holding until " + file + " is deleted");
      org.awaitility.Awaitility.await().forever().pollInterval(java.time.Duration.ofSeconds(1))
          .until(() -> !java.nio.file.Files.exists(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Everything in SQL, reproducible (setseed). */
  static void seed(JdbcTemplate jdbc, int audits, int actions) {
    jdbc.execute("select setseed(0.2026)");
    String[] services = {"FD", "RA", "CF", "CIC", "CL", "DIS", "EH", "YJ"};
    String[] localities = {"Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury"};
    List<Object[]> teams = new ArrayList<>();
    for (int t = 1; t <= 200; t++) {
      String service = services[(t - 1) % services.length];
      teams.add(new Object[] {String.format("%s-BN-%03d", service, t), "Bench team " + t, service,
          localities[(t - 1) % localities.length], "tm.bn" + t});
    }
    jdbc.batchUpdate("insert into pa.team (code, name, service_code, locality, manager_username, created_at, updated_at)"
        + " values (?, ?, ?, ?, ?, now(), now())", teams);
    jdbc.execute("create temporary table bench_team as select row_number() over (order by code) as n, code, service_code"
        + " from pa.team where code like '%-BN-%'");

    // Audits over ten years; a fifth moderated. Grades 8 % outstanding, 30 % good, 50 % RI, 12 % inadequate.
    jdbc.update("""
        insert into pa.audit (child_reference, service_code, team_code, auditor, due_date, status, overall_grade,
                              final_grade, suggested_grade, moderation_reason, created_at, submitted_at, closed_at)
        select 'BN-' || g, t.service_code, t.code, 'auditor' || (1 + g % 23), (s.at)::date + 20,
               case when g % 50 = 0 then 'IN_MODERATION' when g % 7 = 0 then 'AWAITING_ACTIONS' else 'CLOSED' end,
               s.grade, s.grade, s.grade, case when g % 5 = 0 then 'Sampled' end, s.at - interval '3 days', s.at,
               case when g % 7 <> 0 and g % 50 <> 0 then s.at + interval '30 days' end
          from generate_series(1, ?) g
          join lateral (select now() - random() * interval '3650 days' as at,
                               case when r < 0.08 then 'OUTSTANDING' when r < 0.38 then 'GOOD'
                                    when r < 0.88 then 'REQUIRES_IMPROVEMENT' else 'INADEQUATE' end as grade
                          from (select random() + g * 0 as r) x) s on true
          join bench_team t on t.n = 1 + g % 200
        """, audits);
    jdbc.update("""
        insert into pa.moderation (audit_id, moderator, outcome, quality_rating, feedback, auditor_grade, final_grade,
                                   completed_at, areas_moderated, areas_agreed)
        select a.id, 'moderator1', 'ACCEPTED', (array['GOOD', 'ADEQUATE', 'NEEDS_DEVELOPMENT'])[1 + a.id % 3],
               'Feedback.', a.overall_grade,
               case when a.id % 11 = 0 then 'REQUIRES_IMPROVEMENT' else a.overall_grade end,
               a.submitted_at + interval '2 days', 0, 0
          from pa.audit a where a.moderation_reason is not null
        """);
    jdbc.update("""
        insert into pa.moderation_area (moderation_id, area, auditor_grade, moderated_grade)
        select m.id, area, m.auditor_grade, case when (m.id + length(area)) % 6 = 0 then 'GOOD' else m.auditor_grade end
          from pa.moderation m
          cross join unnest(array['SUPERVISION', 'VISITING', 'ASSESSMENT', 'PLANNING', 'RECORDING']) area
        """);
    jdbc.update("""
        update pa.moderation m set areas_moderated = a.n, areas_agreed = a.agreed
          from (select moderation_id, count(*) as n, count(*) filter (where auditor_grade = moderated_grade) as agreed
                  from pa.moderation_area group by 1) a
         where a.moderation_id = m.id
        """);

    // Actions over ten years: one in twenty outstanding; closed after 1 to 120 days.
    jdbc.update("""
        insert into pa.action (id, source, source_id, description, owner, raised_by, service_code, team_code, priority,
                               due_date, status, created_at, closed_at, closed_by, version)
        select 'B-' || g, 'AUDIT', 'BN', 'Bench action', 'owner' || (g % 2000), 'auditor1', t.service_code, t.code,
               'MEDIUM', (s.created)::date + 28,
               case when g % 20 = 0 then (array['OPEN', 'OVERDUE', 'DONE_AWAITING_VERIFICATION'])[1 + g % 3]
                    else 'CLOSED' end,
               s.created, case when g % 20 <> 0 then s.created + (1 + floor(random() * 120)) * interval '1 day' end,
               case when g % 20 <> 0 then 'tm1' end, 0
          from generate_series(1, ?) g
          join lateral (select case when g % 20 = 0 then now() - random() * interval '200 days'
                                    else now() - interval '121 days' - random() * interval '3530 days' end
                                 + g * interval '0' as created) s on true
          join bench_team t on t.n = 1 + g % 200
        """, actions);

    jdbc.update("""
        insert into pa.concern (child_reference, reason, raised_by, source, source_id, service_code, team_code,
                                responsible_manager, status, review_date, raised_at)
        select 'BN-' || g, 'At risk.', 'auditor1', 'AUDIT', 'BN', t.service_code, t.code, 'tm1',
               case when g % 10 = 0 then 'OPEN' when g % 10 = 1 then 'ACKNOWLEDGED' else 'RESOLVED' end,
               current_date + 7, now() - random() * interval '1000 days'
          from generate_series(1, 20000) g join bench_team t on t.n = 1 + g % 200
        """);

    // 500 dip samples (themes in turn, one a week) of 50 files, each file answering the set's Yes/Partly/No questions.
    jdbc.update("""
        insert into pa.dip_sample (title, question_set_id, lead, status, size_mode, size_value, stratify_by,
                                   minimum_per_stratum, exclude_open_samples, seed, reviewers, due_date, run_number,
                                   created_by, created_at, launched_at, reviews_closed_at)
        select 'Bench sample ' || g, qs.id, 'qm1', 'COMPLETE', 'COUNT', 50, 'NONE', 0, false, g, 'auditor1',
               current_date, 1 + g / 11, 'qm1', now() - g * interval '7 days' - interval '10 days',
               now() - g * interval '7 days' - interval '10 days', now() - g * interval '7 days'
          from generate_series(1, 500) g
          join (select id, row_number() over (order by theme_code) as n from pa.dip_question_set where version = 1) qs
            on qs.n = 1 + g % 11
        """);
    jdbc.update("""
        insert into pa.dip_sample_file (dip_sample_id, child_reference, service_code, team_code, locality, stratum,
                                        reviewer, reviewed_at)
        select s.id, 'BN-' || s.id || '-' || f, t.service_code, t.code, 'Stroud', 'All', 'auditor1', s.reviews_closed_at
          from pa.dip_sample s cross join generate_series(1, 50) f
          join bench_team t on t.n = 1 + (s.id * 50 + f) % 200
         where s.title like 'Bench sample %'
        """);
    jdbc.update("""
        insert into pa.dip_answer (sample_file_id, question_id, answer)
        select f.id, q.id, (array['YES', 'PARTLY', 'NO', 'NOT_APPLICABLE'])[1 + floor(random() * 4)::int]
          from pa.dip_sample_file f
          join pa.dip_sample s on s.id = f.dip_sample_id
          join pa.dip_question q on q.question_set_id = s.question_set_id and q.answer_type = 'YES_PARTLY_NO_NA'
         where f.child_reference like 'BN-%'
        """);

    // Indicator values: every team, every indicator, the last 28 months.
    jdbc.update("""
        insert into pa.indicator_value (indicator_code, team_code, month, service_code, locality, value, imported_at,
                                        imported_by)
        select i.code, t.code, date_trunc('month', now() - m * interval '1 month')::date, t.service_code, 'Stroud',
               case when i.unit = '%' then 60 + random() * 40 else 10 + random() * 15 end, now(), 'bench'
          from pa.indicator i cross join bench_team t cross join generate_series(1, 28) m
        """);
    // Settle the tables as autovacuum would in a database that has lived: statistics, visibility map, hint bits.
    for (String table : List.of("audit", "audit_area", "moderation", "moderation_area", "action", "concern", "dip_sample",
        "dip_sample_file", "dip_answer", "indicator_value", "team")) {
      jdbc.execute("vacuum (freeze, analyze) pa." + table);
    }
  }
}
