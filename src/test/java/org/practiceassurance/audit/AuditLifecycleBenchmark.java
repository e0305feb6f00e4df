package org.practiceassurance.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.practiceassurance.PracticeAssuranceApplication;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: {@code ./mvnw -Pbench verify} (or {@code -Dbench.n=500}). Drives N complete audit
 * lifecycles (audit → moderation → one action → verification) through the application services on
 * 4 threads, then the same N through a bare process with the same four user tasks and no domain
 * code, on the same engine and embedded PostgreSQL, and prints both throughputs and their ratio.
 */
public final class AuditLifecycleBenchmark {

  static final int THREADS = 4;

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.n", 200);
    System.setProperty("spring.profiles.active", "test");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeAssuranceApplication.class)
        .properties("server.port=0", "logging.level.root=WARN", "logging.level.org.practiceassurance=WARN").run()) {
      new AuditLifecycleBenchmark(context).run(n);
    }
  }

  private final ConfigurableApplicationContext context;
  private final TaskService tasks;
  /** Where a product lifecycle spends its time, summed over the measured run (nanoseconds). */
  private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> steps = new java.util.concurrent.ConcurrentSkipListMap<>();
  private volatile boolean measuring;

  private AuditLifecycleBenchmark(ConfigurableApplicationContext context) {
    this.context = context;
    this.tasks = context.getBean(TaskService.class);
  }

  private void run(int n) throws Exception {
    List<String> files = roster(n + 20);
    timed("warm-up (product)", 20, THREADS, i -> productLifecycle(files.get(n + i)));
    measuring = true;
    double product = timed("product", n, THREADS, i -> productLifecycle(files.get(i)));
    measuring = false;
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    engine.getRepositoryService().createDeployment().name("bench").addClasspathResource("test-processes/bare-lifecycle.bpmn").deploy();
    timed("warm-up (bare)", 20, THREADS, i -> bareLifecycle(engine));
    double bare = timed("bare engine", n, THREADS, i -> bareLifecycle(engine));

    System.out.println();
    System.out.println("| path | lifecycles | threads | lifecycles per second |");
    System.out.println("| --- | --- | --- | --- |");
    System.out.printf(Locale.ROOT, "| product (services, domain, DMN, call activity, action process) | %d | %d | %.1f |%n", n, THREADS, product);
    System.out.printf(Locale.ROOT, "| bare Camunda (4 user tasks, no domain code) | %d | %d | %.1f |%n", n, THREADS, bare);
    System.out.printf(Locale.ROOT, "| ratio product / bare | | | %.2f (goal: at least 0.75) |%n", product / bare);
    System.out.println();
    System.out.println("| product step | mean ms per lifecycle (wall time on one of the threads) |");
    System.out.println("| --- | --- |");
    steps.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "| %s | %.1f |%n", step, nanos.sum() / 1e6 / n));
  }

  private List<String> roster(int count) {
    String stamp = String.valueOf(System.currentTimeMillis() % 1_000_000);
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

  private <T> T step(String name, java.util.function.Supplier<T> work) {
    long started = System.nanoTime();
    try {
      return work.get();
    } finally {
      if (measuring) {
        steps.computeIfAbsent(name, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - started);
      }
    }
  }

  private void step(String name, Runnable work) {
    step(name, () -> {
      work.run();
      return null;
    });
  }

  private void productLifecycle(String reference) {
    CaseFileAudits audits = context.getBean(CaseFileAudits.class);
    AuditWork work = context.getBean(AuditWork.class);
    AuditModeration moderation = context.getBean(AuditModeration.class);
    TaskListService taskList = context.getBean(TaskListService.class);
    ActionWork actionWork = context.getBean(ActionWork.class);
    AuditLookup lookup = context.getBean(AuditLookup.class);

    long auditId = step("1 start audit (record + process)", () -> audits.start(
        context.getBean(CaseFiles.class).find(reference).orElseThrow(), "auditor1", LocalDate.now().plusDays(20)));
    TestUsers.auditor1();
    AuditForm form = AuditFixtures.completeForm(Grade.INADEQUATE, Grade.INADEQUATE);
    form.actions().add(new AuditForm.ProposedAction("Review the plan", "sw1", LocalDate.now().plusDays(14), "HIGH"));
    step("2 submit audit (checks, DMN x2, call activity starts moderation)", () -> work.submit(task(reference, "complete-audit"), form));

    TestUsers.signIn("moderator1", List.of("moderator"), "QA", "QA-AUDIT");
    String moderate = task(reference, "moderate-audit");
    step("3 claim moderation", () -> taskList.claim(moderate));
    ModerationDecision decision = new ModerationDecision();
    for (PracticeArea area : PracticeArea.values()) {
      decision.grades().put(area, Grade.INADEQUATE);
    }
    decision.setFinalGrade(Grade.INADEQUATE);
    decision.setQuality(QualityRating.GOOD);
    decision.setFeedback("Agreed.");
    step("4 moderate (record, upsert, raise action process)", () -> moderation.submit(moderate, decision));

    String actionId = lookup.byId(auditId).proposedActions().get(0).actionId();
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    step("5 action done", () -> actionWork.markDone(task(actionId, "carry-out-action"), "Plan reviewed with the family.", null));
    TestUsers.tm1();
    String verify = task(actionId, "verify-action");
    step("6 claim verification", () -> taskList.claim(verify));
    step("7 close action (ActionClosed closes the audit)", () -> actionWork.close(verify, "Seen."));
    TestUsers.signOut();
    if (lookup.byId(auditId).status() != AuditStatus.CLOSED) {
      throw new IllegalStateException("Audit " + auditId + " did not close");
    }
  }

  private void bareLifecycle(ProcessEngine engine) {
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

  private String task(String businessKey, String definitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey).singleResult().getId();
  }

  /** Runs count lifecycles on the given threads; returns lifecycles per second. */
  private static double timed(String label, int count, int threads, IntConsumer lifecycle) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> results = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      results.add(pool.submit(() -> lifecycle.accept(index)));
    }
    for (Future<?> result : results) {
      result.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %d lifecycles in %.1f s%n", label, count, seconds);
    return count / seconds;
  }
}
