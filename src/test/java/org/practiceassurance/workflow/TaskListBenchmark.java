package org.practiceassurance.workflow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practiceassurance.PracticeAssuranceApplication;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: {@code ./mvnw -Pbench verify} runs it ({@code -Dbench.tasks.skip} skips it;
 * {@code -Dbench.tasks.open=}, {@code -Dbench.tasks.historic=} and {@code -Dbench.tasks.runs=} change the
 * volumes and the runs). Seeds a fresh embedded PostgreSQL, in SQL, with 100,000 open tasks across 200
 * teams of 8 services and every role (in Camunda's own task tables and in the task-list projection
 * {@code pa.work_item}, as the engine's listeners would have written it) and 1,000,000 historic task
 * instances; then asks for the first page of My tasks (50 rows and how many match) with each built-in
 * filter the person has, for an auditor, a team manager, a head of service and a quality manager (the
 * demo realm's auditor1, tm1, hos1 and qm1, whose team CF-STR-1 and service CF hold their share), through
 * the service ({@link TaskInbox#page}) and through {@code GET /api/tasks} with a real Keycloak token, and
 * the counts on every tab; prints the median and 95th percentile after warm-up. "Before": the engine
 * query the task list used until this issue (assignee or candidate, due date first, the first 500 of
 * them), without the three queries that then completed each row. Goal (issue 12): p95 at most 50 ms.
 */
public final class TaskListBenchmark {

  private static final int WARM_UP = 5;

  private record Viewer(String username, List<String> roles, String service, String team) {
    void signIn() {
      TestUsers.signIn(username, roles, service, team);
    }
  }

  public static void main(String[] args) throws Exception {
    int open = Integer.getInteger("bench.tasks.open", 100_000);
    int historic = Integer.getInteger("bench.tasks.historic", 1_000_000);
    int runs = Integer.getInteger("bench.tasks.runs", 40);
    System.setProperty("spring.profiles.active", "test");
    // A system property, not a builder default: application.yml's dev issuer would win over a default.
    System.setProperty("pa.oidc.issuer-uri", TestKeycloak.server().issuerUri());
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeAssuranceApplication.class)
        .properties("logging.level.root=WARN", "logging.level.org.practiceassurance=WARN").run()) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long started = System.nanoTime();
      seed(jdbc, open, historic);
      System.out.printf(Locale.ROOT, "%nSeeded %,d open tasks and %,d historic task instances in %.0f s.%n", open,
          historic, (System.nanoTime() - started) / 1e9);
      new TaskListBenchmark(context).run(open, historic, runs);
    } finally {
      TestKeycloak.server().close();
    }
  }

  private final TaskInbox inbox;
  private final TaskService engineTasks;
  private final CurrentUser currentUser;
  private final String app;
  private final HttpClient http = HttpClient.newHttpClient();

  private TaskListBenchmark(ConfigurableApplicationContext context) {
    this.inbox = context.getBean(TaskInbox.class);
    this.engineTasks = context.getBean(TaskService.class);
    this.currentUser = context.getBean(CurrentUser.class);
    this.app = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  private void run(int open, int historic, int runs) throws Exception {
    List<Viewer> viewers = List.of(
        new Viewer("auditor1", List.of("auditor"), "QA", "QA-AUDIT"),
        new Viewer("tm1", List.of("team-manager"), "CF", "CF-STR-1"),
        new Viewer("hos1", List.of("head-of-service"), "CF", null),
        new Viewer("qm1", List.of("quality-manager"), "QA", "QA-AUDIT"));
    System.out.printf(Locale.ROOT, "%nMy tasks, first page (50 rows and how many match): %,d open tasks, 200 teams, 8 services,"
        + " %,d historic task instances; %d runs after %d warm-up runs; embedded PostgreSQL on this machine.%n%n",
        open, historic, runs, WARM_UP);
    System.out.println("| viewer | filter | matching | service p50 / p95 ms | REST p50 / p95 ms | goal (p95 <= 50 ms) |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    List<String> before = new ArrayList<>();
    for (Viewer viewer : viewers) {
      String token = TestKeycloak.accessToken(viewer.username());
      viewer.signIn();
      try {
        for (TaskView view : inbox.views()) {
          long matching = inbox.page(TaskSearch.of(view), (String) null, 50).total();
          double[] service = time(runs, () -> inbox.page(TaskSearch.of(view), (String) null, 50));
          double[] rest = time(runs, () -> get("/api/tasks?size=50&view=" + view.name(), token));
          System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f / %.1f | %.1f / %.1f | %s |%n", viewer.username(),
              view.label(), matching, service[0], service[1], rest[0], rest[1],
              Math.max(service[1], rest[1]) <= 50 ? "met" : "NOT met");
        }
        double[] counts = time(runs, inbox::counts);
        double[] restCounts = time(runs, () -> get("/api/tasks/counts", token));
        System.out.printf(Locale.ROOT, "| %s | (every tab's count) | | %.1f / %.1f | %.1f / %.1f | %s |%n",
            viewer.username(), counts[0], counts[1], restCounts[0], restCounts[1],
            Math.max(counts[1], restCounts[1]) <= 50 ? "met" : "NOT met");
        before.add(before(viewer, runs));
      } finally {
        TestUsers.signOut();
      }
    }
    System.out.println();
    System.out.println("Before (the engine query My tasks used until issue 12: no paging, due date first, the first 500):");
    System.out.println();
    System.out.println("| viewer | rows returned (of theirs) | urgent tasks among them (of theirs) | p50 / p95 ms |");
    System.out.println("| --- | --- | --- | --- |");
    before.forEach(System.out::println);
  }

  /** The old query, as {@code TaskListService.myTasks()} ran it before issue 12 (without completing the rows). */
  private String before(Viewer viewer, int runs) {
    var me = currentUser.get();
    // Without initializeFormKeys(): the seeded engine tasks belong to no process definition.
    Supplier<List<Task>> query = () -> engineTasks.createTaskQuery().active().or()
        .taskAssignee(me.username()).taskCandidateUser(me.username())
        .taskCandidateGroupIn(List.copyOf(TaskListService.candidateGroupsOf(me))).endOr()
        .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, 500);
    List<Task> rows = query.get();
    double[] times = time(runs, query);
    long theirs = inbox.count(TaskSearch.of(TaskView.ASSIGNED)) + inbox.count(TaskSearch.of(TaskView.OFFERED));
    long urgentShown = rows.stream().filter(t -> t.getPriority() >= WorkTask.URGENT_PRIORITY).count();
    return String.format(Locale.ROOT, "| %s | %,d (of %,d) | %,d (of %,d) | %.1f / %.1f |", viewer.username(),
        rows.size(), theirs, urgentShown, inbox.count(TaskSearch.of(TaskView.URGENT)), times[0], times[1]);
  }

  private String get(String path, String token) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app + path))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Median and 95th percentile in milliseconds, after the warm-up. */
  private static double[] time(int runs, Supplier<?> call) {
    for (int i = 0; i < WARM_UP; i++) {
      call.get();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      call.get();
      times.add((System.nanoTime() - started) / 1e6);
    }
    times.sort(Double::compare);
    return new double[] {times.get((int) Math.ceil(0.5 * runs) - 1), times.get((int) Math.ceil(0.95 * runs) - 1)};
  }

  /**
   * Everything in SQL, reproducible (setseed). One task in ten of each kind: actions for the team's social
   * workers (half claimed), verifications for team managers and heads of service, audits offered to every
   * auditor or held by one of 23, moderations, dip-sample reviews, surgeries, findings; one in 97 urgent (a
   * child at risk, for the team manager and head of service); due dates over three months, one in seven
   * without; one in fifty put off to a follow-up date.
   */
  static void seed(JdbcTemplate jdbc, int open, int historic) {
    jdbc.execute("select setseed(0.2026)");
    jdbc.execute("""
        create temporary table bench_team as
        select t as n, case when t = 1 then 'CF-STR-1' else s.code || '-BN-' || lpad(t::text, 3, '0') end as code,
               s.code as service_code
          from generate_series(1, 200) t
          join lateral (select (array['CF', 'RA', 'FD', 'CIC', 'CL', 'DIS', 'EH', 'YJ'])[1 + (t - 1) % 8] as code) s on true
        """);
    jdbc.update("""
        create temporary table bench_task as
        select 'bench-' || g as task_id, g, t.code as team_code, t.service_code, 'BN-' || lpad(g::text, 7, '0') as child,
               case when g % 97 = 0 then 'urgent' else (array['action', 'action', 'action', 'verify', 'audit', 'audit',
                 'moderate', 'review', 'surgery', 'findings'])[1 + g % 10] end as kind,
               now() - random() * interval '90 days' as created_at, random() as r
          from generate_series(1, ?) g
          join bench_team t on t.n = 1 + g % 200
        """, open);
    jdbc.execute("""
        create temporary table bench_item as
        select task_id, team_code, service_code, child, created_at, kind,
               case kind when 'urgent' then 'Urgent: acknowledge child at risk' when 'action' then 'Carry out action'
                 when 'verify' then 'Verify and close action' when 'audit' then 'Complete case-file audit'
                 when 'moderate' then 'Moderate audit' when 'review' then 'Review ' || child || ' (dip sample)'
                 when 'surgery' then 'Prepare the surgery' else 'Write the findings' end as name,
               case kind when 'urgent' then 100 else 50 end as priority,
               case when kind = 'urgent' or g % 7 = 0 then null else created_at + interval '20 days' end as due_at,
               case when kind <> 'urgent' and g % 50 = 1 then now() + interval '10 days' end as follow_up_at,
               case when kind = 'action' and r < 0.5 then 'sw.' || team_code
                    when kind = 'audit' and r < 0.66 then 'auditor' || (1 + g % 23)
                    when kind = 'review' then 'auditor' || (1 + g % 23) end as assignee,
               case kind when 'urgent' then array['team-manager:' || team_code, 'head-of-service:' || service_code]
                 when 'action' then array['social-worker:' || team_code]
                 when 'verify' then array['team-manager:' || team_code, 'head-of-service:' || service_code]
                 when 'audit' then array['auditor'] when 'moderate' then array['moderator']
                 when 'surgery' then array['head-of-service:' || service_code] when 'findings' then array['quality-manager']
                 else array[]::text[] end as groups,
               case when kind = 'moderate' then 'auditor' || (1 + g % 23) end as excluded
          from bench_task
        """);
    jdbc.execute("""
        insert into pa.work_item (task_id, process_instance_id, process_definition_key, process_name, task_definition_key,
            name, subject, child_reference, team_code, service_code, priority, due_at, follow_up_at, created_at, assignee,
            candidate_users, candidate_groups, excluded_user, form_key)
        select task_id, 'pi-' || task_id, 'bench-' || kind, 'Bench ' || kind, kind, name, child, child, team_code,
               service_code, priority, due_at, follow_up_at, created_at, assignee, '{}', groups, excluded, null
          from bench_item
        """);
    jdbc.execute("""
        insert into act_ru_task (id_, rev_, name_, task_def_key_, assignee_, priority_, create_time_, last_updated_,
            due_date_, follow_up_date_, suspension_state_)
        select task_id, 1, name, kind, assignee, priority, created_at, created_at, due_at, follow_up_at, 1 from bench_item
        """);
    jdbc.execute("""
        insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
        select task_id || '-' || grp, 1, grp, 'candidate', task_id from bench_item, unnest(groups) grp
        """);
    jdbc.update("""
        insert into act_hi_taskinst (id_, proc_def_key_, task_def_key_, name_, assignee_, start_time_, end_time_,
            duration_, priority_, delete_reason_)
        select 'bench-done-' || g, 'bench', 'done', 'Carry out action', 'sw.' || (g % 200), s, s + interval '3 days',
               259200000, 50, 'completed'
          from generate_series(1, ?) g, lateral (select now() - interval '3 years' * random() + g * interval '0' as s) x
        """, historic);
    for (String table : List.of("pa.work_item", "act_ru_task", "act_ru_identitylink", "act_hi_taskinst")) {
      jdbc.execute("vacuum analyze " + table);
    }
  }
}
