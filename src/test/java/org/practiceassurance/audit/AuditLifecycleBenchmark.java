package org.practiceassurance.audit;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.practiceassurance.PracticeAssuranceApplication;
import org.practiceassurance.action.internal.ActionDates;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: {@code ./mvnw -Pbench verify} (N=1000 unless {@code -Dbench.n=...}). Drives N complete audit
 * lifecycles (audit → moderation → one action → verification) on 4 threads, on the embedded
 * PostgreSQL, along three paths in the same run, and prints their throughputs and ratios:
 *
 * <ol>
 *   <li><b>product</b>: through the application services, as the forms and the REST API call them
 *       (permission checks, domain rows in JPA, decision tables, the audit, moderation and action
 *       processes).
 *   <li><b>bare, minimal</b> ({@code test-processes/bare-lifecycle.bpmn}): one process of four user
 *       tasks in a row; each task is looked up, claimed and completed through the engine API.
 *   <li><b>bare, same engine structure</b> ({@code test-processes/bare-structural-lifecycle.bpmn}):
 *       the engine work the product's processes need, without any of the product's code. The same
 *       three process instances (audit; moderation as a call activity with the same in/out
 *       mappings; one action started in the same transaction from a service task, whose only code
 *       is {@link BareRaiseAction}); the same four user tasks with the same assignee, candidate and
 *       due-date expressions and the same segregation-of-duties task listeners; the same two
 *       decision tables evaluated by key through the DecisionService (the overall grade before
 *       submitting, the moderation selection in the process); the same event-subprocess and
 *       receive-task message subscriptions and one message correlation when the action closes, in
 *       the same transaction; the same two timers on the action; the same process variables (plus
 *       one: the audit's process instance id, which the product keeps in its own table). Tasks are
 *       found by business key and definition key as the product path finds them; the two offered
 *       tasks are claimed, and every task is completed with an authenticated user, as the product
 *       does (so the engine writes the same user operation log).
 * </ol>
 *
 * <p>The goal of issue 3 (product at least 0.75 of the bare engine) is read against the third
 * path: what the product costs beyond the engine work its processes need. Paths run interleaved
 * in rounds of about {@value #ROUND_SIZE} lifecycles each after a warm-up of each, so that load
 * from elsewhere on the machine falls on all three alike. For each path the table also gives the JVM's CPU time per lifecycle (all threads,
 * including the JIT compiler and GC); the database server's CPU is not included.
 */
public final class AuditLifecycleBenchmark {

  static final int THREADS = 4;
  /** Lifecycles per path in one round of the measured run. */
  static final int ROUND_SIZE = 20;
  static final ZoneId UK = ZoneId.of("Europe/London");

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.n", 1000);
    // Steady state: with 100 warm-up lifecycles the JIT was still compiling Hibernate's and Spring's
    // paths during the measured rounds (the product's JVM CPU per lifecycle fell a fifth from 100 to 400).
    int warmUp = Integer.getInteger("bench.warmup", Math.max(400, n));
    System.setProperty("spring.profiles.active", "test");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeAssuranceApplication.class)
        .properties("server.port=0", "logging.level.root=WARN", "logging.level.org.practiceassurance=WARN").run()) {
      new AuditLifecycleBenchmark(context).run(n, warmUp);
    }
  }

  private final ConfigurableApplicationContext context;
  private final ProcessEngine engine;
  private final TaskService tasks;
  private final String stamp = String.valueOf(System.currentTimeMillis() % 1_000_000);
  /** Per path, per step: nanoseconds summed over the measured rounds. */
  private final Map<String, Map<String, LongAdder>> steps = new ConcurrentSkipListMap<>();
  private volatile String measuring;

  private AuditLifecycleBenchmark(ConfigurableApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.tasks = engine.getTaskService();
  }

  private record Path(String name, String label, IntConsumer lifecycle) {}

  private void run(int n, int warmUp) throws Exception {
    engine.getRepositoryService().createDeployment().name("bench")
        .addClasspathResource("test-processes/bare-lifecycle.bpmn")
        .addClasspathResource("test-processes/bare-structural-lifecycle.bpmn").deploy();
    List<String> files = roster(n + warmUp);
    AtomicInteger nextFile = new AtomicInteger();
    AtomicInteger nextKey = new AtomicInteger();
    List<Path> paths = List.of(
        new Path("product", "product (services, checks, JPA, DMN, audit + moderation + action processes)",
            i -> productLifecycle(files.get(nextFile.getAndIncrement()))),
        new Path("bare-minimal", "bare Camunda, minimal (one process, 4 user tasks, no domain code)",
            i -> bareLifecycle()),
        new Path("bare-structural", "bare Camunda, same engine structure (3 processes, 4 user tasks, 2 DMN, "
            + "2 timers, message correlation; no domain code)", i -> structuralLifecycle(nextKey.getAndIncrement())));

    for (Path path : paths) {
      timed(warmUp, path.lifecycle());
    }
    Map<String, double[]> totals = new LinkedHashMap<>(); // seconds, cpu seconds
    int rounds = Math.max(1, n / ROUND_SIZE);
    Map<String, double[]> roundSeconds = new HashMap<>();
    int[] perRound = new int[rounds];
    for (int r = 0; r < rounds; r++) {
      perRound[r] = n / rounds + (r < n % rounds ? 1 : 0);
    }
    for (int r = 0; r < rounds; r++) {
      for (Path path : paths) {
        measuring = path.name();
        long cpu = processCpuNanos();
        double seconds = timed(perRound[r], path.lifecycle());
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        measuring = null;
        double[] sum = totals.computeIfAbsent(path.name(), k -> new double[2]);
        sum[0] += seconds;
        sum[1] += cpuSeconds;
        roundSeconds.computeIfAbsent(path.name(), k -> new double[rounds])[r] = seconds;
      }
    }

    double product = n / totals.get("product")[0];
    double minimal = n / totals.get("bare-minimal")[0];
    double structural = n / totals.get("bare-structural")[0];
    System.out.println();
    System.out.printf(Locale.ROOT, "Audit lifecycles: N=%d per path, %d threads, %d warm-up lifecycles per path, "
        + "measured in %d interleaved rounds.%n%n", n, THREADS, warmUp, rounds);
    System.out.println("| path | lifecycles per second | JVM CPU ms per lifecycle |");
    System.out.println("| --- | --- | --- |");
    for (Path path : paths) {
      double[] sum = totals.get(path.name());
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", path.label(), n / sum[0], sum[1] * 1000 / n);
    }
    System.out.printf(Locale.ROOT, "| ratio product / bare, same engine structure | %.2f (goal: at least 0.75) | |%n",
        product / structural);
    System.out.printf(Locale.ROOT, "| ratio product / bare, minimal | %.2f | |%n", product / minimal);
    System.out.println();
    // The same ratios round by round (each round's paths ran back to back), to show how steady they were.
    System.out.println("| ratio, round by round | lowest | lower quartile | median | upper quartile | highest |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    for (String bare : List.of("bare-structural", "bare-minimal")) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = roundSeconds.get(bare)[r] / roundSeconds.get("product")[r];
      }
      java.util.Arrays.sort(ratios);
      System.out.printf(Locale.ROOT, "| product / %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", bare, ratios[0],
          quantile(ratios, 0.25), quantile(ratios, 0.5), quantile(ratios, 0.75), ratios[rounds - 1]);
    }
    System.out.println();
    System.out.println("| step | product: mean ms per lifecycle | bare, same engine structure: mean ms per lifecycle |");
    System.out.println("| --- | --- | --- |");
    Map<String, LongAdder> productSteps = steps.getOrDefault("product", Map.of());
    Map<String, LongAdder> bareSteps = steps.getOrDefault("bare-structural", Map.of());
    productSteps.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "| %s | %.1f | %s |%n", step,
        nanos.sum() / 1e6 / n, bareSteps.containsKey(step)
            ? String.format(Locale.ROOT, "%.1f", bareSteps.get(step).sum() / 1e6 / n) : "-"));
    System.out.println("(wall time on one of the 4 threads, which share the machine's cores; the look-ups of the tasks of steps 3, 4, 6 "
        + "and 7 are outside the steps, on both paths)");
  }

  private List<String> roster(int count) {
    StringBuilder csv = new StringBuilder("child_reference,display_name,date_of_birth,legal_status,service,team,locality,"
        + "allocated_worker,team_manager,date_opened\n");
    List<String> references = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String reference = "BN-" + stamp + "-" + i;
      references.add(reference);
      csv.append(reference).append(",,2015-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-01\n");
    }
    TestUsers.qm1();
    context.getBean(RosterImport.class).importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), false);
    TestUsers.signOut();
    return references;
  }

  private <T> T step(String name, Supplier<T> work) {
    String path = measuring;
    long started = System.nanoTime();
    try {
      return work.get();
    } finally {
      if (path != null) {
        steps.computeIfAbsent(path, k -> new ConcurrentSkipListMap<>()).computeIfAbsent(name, k -> new LongAdder())
            .add(System.nanoTime() - started);
      }
    }
  }

  private void step(String name, Runnable work) {
    step(name, () -> {
      work.run();
      return null;
    });
  }

  static final String START = "1 start audit";
  static final String SUBMIT = "2 submit audit (suggested grade, moderation decision, call activity)";
  static final String CLAIM_MODERATION = "3 claim moderation";
  static final String MODERATE = "4 moderate (moderation ends, action process starts)";
  static final String DONE = "5 action done";
  static final String CLAIM_VERIFICATION = "6 claim verification";
  static final String CLOSE = "7 close action (message correlation closes the audit)";

  private void productLifecycle(String reference) {
    CaseFileAudits audits = context.getBean(CaseFileAudits.class);
    AuditWork work = context.getBean(AuditWork.class);
    AuditModeration moderation = context.getBean(AuditModeration.class);
    TaskListService taskList = context.getBean(TaskListService.class);
    ActionWork actionWork = context.getBean(ActionWork.class);
    // The harness's own look-ups (which action was raised; did the audit close) are one small query
    // each, as the bare path's final check is one engine count: they are not the product's work.
    JdbcTemplate harness = context.getBean(JdbcTemplate.class);

    long auditId = step(START, () -> audits.start(
        context.getBean(CaseFiles.class).find(reference).orElseThrow(), "auditor1", LocalDate.now().plusDays(20)));
    TestUsers.auditor1();
    AuditForm form = AuditFixtures.completeForm(Grade.INADEQUATE, Grade.INADEQUATE);
    form.actions().add(new AuditForm.ProposedAction("Review the plan", "sw1", LocalDate.now().plusDays(14), "HIGH"));
    step(SUBMIT, () -> work.submit(task(reference, "complete-audit"), form));

    TestUsers.signIn("moderator1", List.of("moderator"), "QA", "QA-AUDIT");
    String moderate = task(reference, "moderate-audit");
    step(CLAIM_MODERATION, () -> taskList.claim(moderate));
    ModerationDecision decision = new ModerationDecision();
    for (PracticeArea area : PracticeArea.values()) {
      decision.grades().put(area, Grade.INADEQUATE);
    }
    decision.setFinalGrade(Grade.INADEQUATE);
    decision.setQuality(QualityRating.GOOD);
    decision.setFeedback("Agreed.");
    step(MODERATE, () -> moderation.submit(moderate, decision));

    String actionId = harness.queryForObject(
        "select id from pa.action where source = 'AUDIT' and source_id = ?", String.class, String.valueOf(auditId));
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    step(DONE, () -> actionWork.markDone(task(actionId, "carry-out-action"), "Plan reviewed with the family.", null));
    TestUsers.tm1();
    String verify = task(actionId, "verify-action");
    step(CLAIM_VERIFICATION, () -> taskList.claim(verify));
    step(CLOSE, () -> actionWork.close(verify, "Seen."));
    TestUsers.signOut();
    if (!AuditStatus.CLOSED.name().equals(
        harness.queryForObject("select status from pa.audit where id = ?", String.class, auditId))) {
      throw new IllegalStateException("Audit " + auditId + " did not close");
    }
  }

  private void bareLifecycle() {
    String id = engine.getRuntimeService().startProcessInstanceByKey("bare-lifecycle").getId();
    for (String key : List.of("audit", "moderate", "carry-out", "verify")) {
      String taskId = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(key).singleResult().getId();
      tasks.claim(taskId, key.equals("moderate") ? "moderator1" : key.equals("verify") ? "tm1" : taskUser(key));
      tasks.complete(taskId);
    }
  }

  private static String taskUser(String key) {
    return key.equals("audit") ? "auditor1" : "sw1";
  }

  /** The third path: what the product asks of the engine, asked of it directly. */
  private void structuralLifecycle(int index) {
    RuntimeService runtime = engine.getRuntimeService();
    DecisionService decisions = engine.getDecisionService();
    String key = "BS-" + stamp + "-" + index;
    Map<String, Object> start = new HashMap<>();
    start.put("auditId", 1_000_000L + index);
    start.put("serviceCode", "CF");
    start.put("teamCode", "CF-STR-1");
    start.put("auditDueDate", LocalDate.now().plusDays(20).atTime(17, 0).atZone(UK).toOffsetDateTime().toString());
    start.put("auditor", "auditor1");
    String audit = step(START, () -> runtime.startProcessInstanceByKey("bare-audit", key, start).getId());

    step(SUBMIT, () -> {
      decisions.evaluateDecisionTableByKey("audit-overall-grade", Variables.createVariables()
          .putValue("riskActedOn", true).putValue("inadequateAreas", 5).putValue("requiresImprovementAreas", 0)
          .putValue("outstandingAreas", 0)).getSingleResult().getEntry("suggestedGrade");
      completeAs("auditor1", task(key, "audit"), Variables.createVariables()
          .putValue("auditor", "auditor1").putValue("overallGrade", "INADEQUATE").putValue("sampleDraw", 0.5)
          .putValueTyped("auditorInDevelopment", Variables.booleanValue(false, true))
          .putValueTyped("sampleRate", Variables.doubleValue(0.1, true)));
    });
    String moderate = task(key, "moderate");
    step(CLAIM_MODERATION, () -> tasks.claim(moderate, "moderator1"));
    step(MODERATE, () -> completeAs("moderator1", moderate, Map.of("moderationOutcome", "ACCEPTED")));
    step(DONE, () -> completeAs("sw1", task(key + "-A", "carry-out"), Map.of()));
    String verify = task(key + "-A", "verify");
    step(CLAIM_VERIFICATION, () -> tasks.claim(verify, "tm1"));
    step(CLOSE, () -> completeAs("tm1", verify, Map.of("verified", true)));
    if (runtime.createProcessInstanceQuery().processInstanceId(audit).count() != 0) {
      throw new IllegalStateException("Bare audit " + key + " did not end");
    }
  }

  private void completeAs(String user, String taskId, Map<String, Object> variables) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, List.of());
    try {
      tasks.complete(taskId, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The service task of the structural baseline: starts one action process with the variables the
   * product's {@code Actions.raise} gives it, in the audit's transaction, and sets {@code openActions}.
   */
  public static class BareRaiseAction implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      LocalDate due = LocalDate.now(UK).plusDays(14);
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("actionId", "A-" + execution.getProcessBusinessKey());
      variables.put("description", "Review the plan");
      variables.put("owner", "sw1");
      variables.put("raisedBy", execution.getVariable("auditor"));
      variables.put("serviceCode", execution.getVariable("serviceCode"));
      variables.put("teamCode", execution.getVariable("teamCode"));
      variables.put("dueDate", ActionDates.due(due));
      variables.put("reminderDate", ActionDates.reminder(due, java.time.Instant.now()));
      variables.put("auditProcessInstanceId", execution.getProcessInstanceId());
      execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey("bare-action", execution.getProcessBusinessKey() + "-A", variables);
      execution.setVariable("openActions", 1);
    }
  }

  private String task(String businessKey, String definitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey).singleResult().getId();
  }

  /** Linear interpolation between the closest ranks of sorted values. */
  private static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Runs count lifecycles on the benchmark's threads; returns the seconds they took. */
  private static double timed(int count, IntConsumer lifecycle) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      long started = System.nanoTime();
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        results.add(pool.submit(() -> lifecycle.accept(index)));
      }
      for (Future<?> result : results) {
        result.get();
      }
      return (System.nanoTime() - started) / 1e9;
    } finally {
      pool.shutdown();
    }
  }
}
