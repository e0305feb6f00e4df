package org.practiceassurance.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.ActionHistoryItem.Kind;
import org.practiceassurance.action.internal.ActionRepository;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work on an action through the service, as the right and the wrong people: evidence, done,
 * closed or reopened, segregation of duties, and two people acting at once. Real engine and PostgreSQL.
 */
@SpringBootTest
@RecordApplicationEvents
class ActionWorkTest {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final LocalDate TODAY = LocalDate.now(UK);

  @Autowired Actions actions;
  @Autowired ActionWork work;
  @Autowired ActionRepository repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEvents events;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private Task openTask(String actionId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(actionId).processDefinitionKey("action")
        .taskDefinitionKeyIn("carry-out-action", "verify-action").singleResult();
  }

  private ActionSummary stored(String actionId) {
    return repository.findById(actionId).orElseThrow().summary();
  }

  private List<ActionHistoryItem> history(String actionId) {
    return transactions.execute(tx -> repository.findById(actionId).orElseThrow().history());
  }

  private List<ActionClosed> closedEvents() {
    return events.stream(ActionClosed.class).toList();
  }

  /** Raised for sw1 (team CF-STR-1, service CF), with evidence recorded and marked done by sw1. */
  private String doneBySw1() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    People.sw1();
    work.addProgress(id, "Plan updated with the health actions", null);
    work.markDone(openTask(id).getId(), null, null);
    TestUsers.signOut();
    return id;
  }

  @Test
  void theOwnerRecordsEvidenceAndMarksItDoneThenTheTeamManagerVerifiesAndClosesIt() {
    ActionRequest request = People.auditAction("sw1", TODAY.plusDays(10));
    String id = actions.raise(request);
    String carryOut = openTask(id).getId();

    People.sw1();
    assertThat(work.carryOut(carryOut).action().id()).isEqualTo(id);
    work.addProgress(id, "Health actions added to the plan; shared with the child's carers",
        "https://lcs.example.org/case/CF-104233/plan");
    work.markDone(carryOut, "Reviewed the plan with the child", null);

    assertThat(stored(id).status()).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
    assertThat(stored(id).doneAt()).isNotNull();
    Task verify = openTask(id);
    assertThat(verify.getTaskDefinitionKey()).isEqualTo("verify-action");
    assertThat(verify.getAssignee()).isNull();
    assertThat(closedEvents()).isEmpty();

    People.tm1();
    assertThat(work.verification(verify.getId()).history()).extracting(ActionHistoryItem::kind)
        .containsExactly(Kind.RAISED, Kind.PROGRESS, Kind.PROGRESS, Kind.DONE);
    work.close(verify.getId(), "Checked the plan on the case record");

    ActionSummary closed = stored(id);
    assertThat(closed.status()).isEqualTo(ActionStatus.CLOSED);
    assertThat(closed.closedBy()).isEqualTo("tm1");
    assertThat(closed.closedAt()).isNotNull();
    assertThat(closedEvents()).containsExactly(new ActionClosed(id, "AUDIT", request.sourceId()));
    assertThat(actions.allClosed("AUDIT", request.sourceId())).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    assertThat(history(id)).extracting(ActionHistoryItem::kind, ActionHistoryItem::actor).containsExactly(
        tuple(Kind.RAISED, "auditor1"), tuple(Kind.PROGRESS, "sw1"),
        tuple(Kind.PROGRESS, "sw1"), tuple(Kind.DONE, "sw1"),
        tuple(Kind.CLOSED, "tm1"));
    assertThat(history(id).get(1).link()).isEqualTo("https://lcs.example.org/case/CF-104233/plan");
    assertThat(history(id).get(4).text()).isEqualTo("Checked the plan on the case record");

    People.sw1();
    assertThatThrownBy(() -> work.addProgress(id, "One more thing", null))
        .isInstanceOf(TaskConflictException.class).hasMessageContaining("no longer open");
  }

  @Test
  void aListenerOfActionClosedRunsInsideTheClosingTransactionSeesItClosedAndCanRollItBack() {
    ActionRequest request = People.auditAction("sw1", TODAY.plusDays(10));
    String id = actions.raise(request);
    People.sw1();
    work.markDone(openTask(id).getId(), "Plan updated", null);
    String verify = openTask(id).getId();
    List<String> seen = new ArrayList<>();
    boolean[] fail = {true};
    ApplicationListener<PayloadApplicationEvent<ActionClosed>> audit = event -> {
      seen.add("in transaction: " + TransactionSynchronizationManager.isActualTransactionActive()
          + ", all closed: " + actions.allClosed(event.getPayload().source(), event.getPayload().sourceId()));
      if (fail[0]) {
        throw new IllegalStateException("the audit could not be closed");
      }
    };
    ApplicationEventMulticaster multicaster = context.getBean(ApplicationEventMulticaster.class);
    multicaster.addApplicationListener(audit);
    try {
      People.tm1();
      assertThatThrownBy(() -> work.close(verify, null)).hasMessage("the audit could not be closed");
      assertThat(stored(id).status()).as("rolled back").isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
      assertThat(tasks.createTaskQuery().taskId(verify).singleResult().getAssignee()).isNull();
      assertThat(history(id)).extracting(ActionHistoryItem::kind).doesNotContain(Kind.CLOSED);

      fail[0] = false;
      work.close(verify, null);
      assertThat(stored(id).status()).isEqualTo(ActionStatus.CLOSED);
      assertThat(seen).containsExactly("in transaction: true, all closed: true", "in transaction: true, all closed: true");
    } finally {
      multicaster.removeApplicationListener(audit);
    }
  }

  @Test
  void theDatabaseRefusesToDeleteActionsOrRewriteTheirHistory() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));

    assertThatThrownBy(() -> jdbc.update("delete from pa.action_history where action_id = ?", id))
        .hasMessageContaining("nothing is ever deleted or rewritten");
    assertThatThrownBy(() -> jdbc.update("update pa.action_history set text = 'changed' where action_id = ?", id))
        .hasMessageContaining("nothing is ever deleted or rewritten");
    assertThatThrownBy(() -> jdbc.update("delete from pa.action where id = ?", id))
        .hasMessageContaining("nothing is ever deleted or rewritten");
    assertThatThrownBy(() -> jdbc.execute("truncate pa.action_history"))
        .hasMessageContaining("nothing is ever deleted or rewritten");
    assertThat(history(id)).hasSize(1);
  }

  @Test
  void markingDoneWithoutAnyEvidenceIsRefusedAndBadNotesAreExplainedPerField() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    String carryOut = openTask(id).getId();
    People.sw1();

    assertThatThrownBy(() -> work.markDone(carryOut, " ", null)).isInstanceOfSatisfying(InvalidActionException.class,
        e -> assertThat(e.errorFor("text")).contains("before marking it done"));
    assertThatThrownBy(() -> work.addProgress(id, "", "javascript:alert(1)"))
        .isInstanceOfSatisfying(InvalidActionException.class, e -> {
          assertThat(e.errors()).containsOnlyKeys("text", "link");
          assertThat(e.errorFor("link")).contains("https://");
        });
    assertThatThrownBy(() -> work.markDone(carryOut, "Done", "ftp://files/x"))
        .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.errors()).containsOnlyKeys("link"));

    assertThat(stored(id).status()).isEqualTo(ActionStatus.OPEN);
    assertThat(openTask(id).getId()).isEqualTo(carryOut);
    assertThat(history(id)).extracting(ActionHistoryItem::kind).containsExactly(Kind.RAISED);
  }

  @Test
  void onlyTheOwnerRecordsProgressAndMarksItDone() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    String carryOut = openTask(id).getId();

    People.tm1();
    assertThatThrownBy(() -> work.addProgress(id, "Done it for them", null))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only the owner");
    assertThatThrownBy(() -> work.carryOut(carryOut)).isInstanceOf(TaskAccessDeniedException.class);
    assertThatThrownBy(() -> work.markDone(carryOut, "Done it for them", null))
        .isInstanceOf(TaskAccessDeniedException.class);

    assertThat(stored(id).status()).isEqualTo(ActionStatus.OPEN);
    assertThat(history(id)).extracting(ActionHistoryItem::kind).containsExactly(Kind.RAISED);
  }

  @Test
  void reopeningNeedsAReasonAndANewDueDateAndPutsTheActionBackWithItsOwner() {
    String id = doneBySw1();
    String verify = openTask(id).getId();
    People.hos1();

    assertThatThrownBy(() -> work.reopen(verify, "  ", null)).isInstanceOfSatisfying(InvalidActionException.class, e -> {
      assertThat(e.errors()).containsOnlyKeys("reason", "dueDate");
      assertThat(e.errorFor("reason")).contains("why");
      assertThat(e.errorFor("dueDate")).isEqualTo("A new due date is required.");
    });
    assertThatThrownBy(() -> work.reopen(verify, "Plan still lacks the dentist", TODAY.minusDays(1)))
        .isInstanceOfSatisfying(InvalidActionException.class,
            e -> assertThat(e.errorFor("dueDate")).isEqualTo("The new due date must be today or later."));
    assertThat(stored(id).status()).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
    assertThat(tasks.createTaskQuery().taskId(verify).singleResult().getAssignee()).as("not claimed by the refusal").isNull();

    LocalDate newDue = TODAY.plusDays(7);
    work.reopen(verify, "Plan still lacks the dentist appointment", newDue);

    ActionSummary reopened = stored(id);
    assertThat(reopened.status()).isEqualTo(ActionStatus.OPEN);
    assertThat(reopened.dueDate()).isEqualTo(newDue);
    assertThat(reopened.doneAt()).isNull();
    Task back = openTask(id);
    assertThat(back.getTaskDefinitionKey()).isEqualTo("carry-out-action");
    assertThat(back.getAssignee()).isEqualTo("sw1");
    assertThat(back.getDueDate()).isEqualTo(Date.from(newDue.atTime(17, 0).atZone(UK).toInstant()));
    String reminder = (String) runtime.getVariable(back.getProcessInstanceId(), "reminderDate");
    assertThat(OffsetDateTime.parse(reminder).toInstant())
        .isEqualTo(newDue.minusDays(3).atTime(9, 0).atZone(UK).toInstant());
    assertThat(history(id)).last().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(Kind.REOPENED);
      assertThat(h.actor()).isEqualTo("hos1");
      assertThat(h.text()).isEqualTo("Plan still lacks the dentist appointment");
      assertThat(h.dueDate()).isEqualTo(newDue);
    });
    assertThat(closedEvents()).isEmpty();

    People.sw1();
    assertThatThrownBy(() -> work.markDone(back.getId(), null, null)).as("new evidence needed after reopening")
        .isInstanceOf(InvalidActionException.class);
    work.markDone(back.getId(), "Dentist appointment booked for 3 March", null);
    assertThat(stored(id).status()).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
  }

  @Test
  void theOwnerCannotVerifyTheirOwnActionEvenAsTheTeamManagerAndNothingChanges() {
    String id = actions.raise(People.auditAction("tm1", TODAY.plusDays(10)));
    People.tm1();
    work.markDone(openTask(id).getId(), "Supervision recorded", null);
    String verify = openTask(id).getId();

    assertThatThrownBy(() -> work.verification(verify)).isInstanceOf(TaskAccessDeniedException.class)
        .hasMessageContaining("someone other than you");
    assertThatThrownBy(() -> work.close(verify, null)).isInstanceOf(TaskAccessDeniedException.class)
        .hasMessageContaining("someone other than you");
    assertThatThrownBy(() -> work.reopen(verify, "Not good enough", TODAY.plusDays(3)))
        .isInstanceOf(TaskAccessDeniedException.class);

    assertThat(stored(id).status()).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
    assertThat(tasks.createTaskQuery().taskId(verify).singleResult().getAssignee()).isNull();
    assertThat(closedEvents()).isEmpty();

    People.hos1();
    work.close(verify, null);
    assertThat(stored(id).closedBy()).isEqualTo("hos1");
  }

  @Test
  void someoneOutsideTheTeamAndServiceCannotVerifyAndNothingChanges() {
    String id = doneBySw1();
    String verify = openTask(id).getId();
    People.hos2();

    assertThatThrownBy(() -> work.verification(verify)).isInstanceOf(TaskAccessDeniedException.class);
    assertThatThrownBy(() -> work.close(verify, null)).isInstanceOf(TaskAccessDeniedException.class);

    assertThat(stored(id).status()).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
    assertThat(closedEvents()).isEmpty();
  }

  @Test
  void theRaiserMayVerify() {
    String id = doneBySw1();
    TestUsers.auditor1();

    work.close(openTask(id).getId(), null);

    assertThat(stored(id).closedBy()).isEqualTo("auditor1");
  }

  @Test
  void aVerifierActingOnAFormSomeoneElseAlreadyCompletedGetsAClearConflict() {
    String id = doneBySw1();
    String verify = openTask(id).getId();
    People.tm1();
    work.verification(verify); // tm1 opens the form ...

    People.hos1();
    work.close(verify, null); // ... hos1 closes it first

    People.tm1();
    assertThatThrownBy(() -> work.reopen(verify, "Not enough evidence", TODAY.plusDays(5)))
        .isInstanceOf(TaskConflictException.class).hasMessageContaining("already been completed");
    assertThat(stored(id).status()).isEqualTo(ActionStatus.CLOSED);
    assertThat(stored(id).closedBy()).isEqualTo("hos1");
  }

  @Test
  void twoVerifiersClosingAtTheSameMomentOneWinsTheOtherGetsAConflictAndItClosesOnce() throws Exception {
    String id = doneBySw1();
    String verify = openTask(id).getId();

    List<Throwable> outcomes = race(
        () -> { People.tm1(); work.close(verify, "tm1 checked"); },
        () -> { People.hos1(); work.reopen(verify, "hos1 wants more", TODAY.plusDays(5)); });

    assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o != null).singleElement().isInstanceOf(TaskConflictException.class);
    List<Kind> decisions = history(id).stream().map(ActionHistoryItem::kind)
        .filter(k -> k == Kind.CLOSED || k == Kind.REOPENED).toList();
    assertThat(decisions).hasSize(1);
    assertThat(stored(id).status()).isEqualTo(decisions.get(0) == Kind.CLOSED ? ActionStatus.CLOSED : ActionStatus.OPEN);
  }

  @Test
  void theOwnerMarkingDoneFromTwoTabsAtOnceMarksItDoneOnce() throws Exception {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    String carryOut = openTask(id).getId();

    List<Throwable> outcomes = race(
        () -> { People.sw1(); work.markDone(carryOut, "Tab one", null); },
        () -> { People.sw1(); work.markDone(carryOut, "Tab two", null); });

    assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o != null).singleElement().isInstanceOf(TaskConflictException.class);
    assertThat(history(id)).extracting(ActionHistoryItem::kind).containsExactly(Kind.RAISED, Kind.PROGRESS, Kind.DONE);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("verify-action").count())
        .isEqualTo(1);
  }

  /** Runs both at the same moment on two threads (each signs itself in); null where it succeeded. */
  private static List<Throwable> race(Runnable first, Runnable second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Throwable>> futures = new ArrayList<>();
      for (Runnable step : List.of(first, second)) {
        futures.add(threads.submit(() -> {
          try {
            start.await(10, TimeUnit.SECONDS);
            step.run();
            return null;
          } catch (Throwable t) {
            return t;
          } finally {
            TestUsers.signOut();
          }
        }));
      }
      List<Throwable> outcomes = new ArrayList<>();
      for (Future<Throwable> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return Collections.unmodifiableList(outcomes);
    } finally {
      threads.shutdownNow();
    }
  }
}
