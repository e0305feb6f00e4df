package org.practiceassurance.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.internal.ActionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Raising actions from any source and asking about a source's actions, on the real engine and PostgreSQL. */
@SpringBootTest
class ActionsTest {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired Actions actions;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ActionRepository repository;
  @Autowired TransactionTemplate transactions;

  private ProcessInstance processOf(String actionId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(Actions.PROCESS_KEY)
        .processInstanceBusinessKey(actionId).singleResult();
  }

  @Test
  void raisingStoresTheActionAndStartsItsOwnProcessKeyedByItsReadableId() {
    LocalDate due = LocalDate.now(UK).plusDays(10);
    ActionRequest request = People.auditAction("sw1", due);

    String id = actions.raise(request);

    assertThat(id).matches("A-\\d{6}");
    ProcessInstance process = processOf(id);
    assertThat(process).as("the action's process").isNotNull();
    String dueAt = due.atTime(17, 0).atZone(UK).toOffsetDateTime().toString();
    String remindAt = due.minusDays(3).atTime(9, 0).atZone(UK).toOffsetDateTime().toString();
    Map<String, Object> variables = runtime.getVariables(process.getId());
    assertThat(variables).containsEntry("actionId", id).containsEntry("description", request.description())
        .containsEntry("owner", "sw1").containsEntry("raisedBy", "auditor1").containsEntry("serviceCode", "CF")
        .containsEntry("teamCode", "CF-STR-1");
    assertThat(OffsetDateTime.parse((String) variables.get("dueDate"))).isEqualTo(OffsetDateTime.parse(dueAt));
    assertThat(OffsetDateTime.parse((String) variables.get("reminderDate"))).isEqualTo(OffsetDateTime.parse(remindAt));

    Task carryOut = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    assertThat(carryOut.getTaskDefinitionKey()).isEqualTo("carry-out-action");
    assertThat(carryOut.getAssignee()).isEqualTo("sw1");
    assertThat(carryOut.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse(dueAt).toInstant()));

    assertThat(actions.bySource("AUDIT", request.sourceId())).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(id);
      assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
      assertThat(a.priority()).isEqualTo(Priority.HIGH);
      assertThat(a.dueDate()).isEqualTo(due);
      assertThat(a.childReference()).isEqualTo("CF-104233");
      assertThat(a.createdAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
      assertThat(a.doneAt()).isNull();
      assertThat(a.closedAt()).isNull();
    });
    assertThat(repository.findById(id).orElseThrow().processInstanceId()).isEqualTo(process.getId());
    List<ActionHistoryItem> history = transactions.execute(tx -> repository.findById(id).orElseThrow().history());
    assertThat(history).singleElement()
        .satisfies(h -> {
          assertThat(h.kind()).isEqualTo(ActionHistoryItem.Kind.RAISED);
          assertThat(h.actor()).isEqualTo("auditor1");
          assertThat(h.dueDate()).isEqualTo(due);
        });
  }

  @Test
  void anActionDueWithinThreeDaysIsRemindedAtOnceAndDueAt1700LondonTime() {
    LocalDate today = LocalDate.now(UK);
    String id = actions.raise(People.auditAction("sw1", today));

    Map<String, Object> variables = runtime.getVariables(processOf(id).getId());
    assertThat(OffsetDateTime.parse((String) variables.get("reminderDate")).toInstant())
        .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    assertThat(OffsetDateTime.parse((String) variables.get("dueDate")).atZoneSameInstant(UK).toLocalDateTime())
        .isEqualTo(today.atTime(17, 0));
  }

  @Test
  void inBritishSummerTimeTheDueMomentCarriesTheSummerOffset() {
    String id = actions.raise(People.auditAction("sw1", LocalDate.of(2031, 7, 15)));

    assertThat(runtime.getVariables(processOf(id).getId()))
        .containsEntry("dueDate", "2031-07-15T17:00:00+01:00")
        .containsEntry("reminderDate", "2031-07-12T09:00:00+01:00");
  }

  @Test
  void aTeamLevelActionWithoutPriorityIsMediumAndHasNoChild() {
    String sourceId = "SURG-" + System.nanoTime();
    actions.raise(new ActionRequest("SURGERY", sourceId, " ", "Bring case supervision in time back above 85%",
        "tm1", "hos1", "CF", "CF-STR-1", LocalDate.now(UK).plusDays(14), null));

    assertThat(actions.bySource("SURGERY", sourceId)).singleElement().satisfies(a -> {
      assertThat(a.priority()).isEqualTo(Priority.MEDIUM);
      assertThat(a.childReference()).isNull();
    });
  }

  @Test
  void badRequestsNameEveryFieldAtFaultAndNothingIsStoredOrStarted() {
    long actionsBefore = repository.count();
    long processesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(Actions.PROCESS_KEY).count();
    ActionRequest bad = new ActionRequest("COFFEE", " ", "not a ref!", "  ", null, "auditor1", "",
        "CF-STR-1", LocalDate.now(UK).minusDays(1), Priority.LOW);

    assertThatThrownBy(() -> actions.raise(bad)).isInstanceOfSatisfying(InvalidActionException.class, e -> {
      assertThat(e.errors()).containsOnlyKeys("source", "sourceId", "childReference", "description", "owner",
          "serviceCode", "dueDate");
      assertThat(e.errorFor("dueDate")).isEqualTo("The due date must be today or later.");
      assertThat(e.errorFor("owner")).isEqualTo("Every action needs an owner.");
      assertThat(e.errorFor("description")).isEqualTo("Describe what must be done.");
    });
    assertThatThrownBy(() -> actions.raise(People.auditAction("sw1", null)))
        .isInstanceOfSatisfying(InvalidActionException.class,
            e -> assertThat(e.errors()).containsOnlyKeys("dueDate"));

    assertThat(repository.count()).isEqualTo(actionsBefore);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Actions.PROCESS_KEY).count())
        .isEqualTo(processesBefore);
  }

  @Test
  void aSourceKnowsItsActionsAndWhetherAllAreClosed() {
    String sourceId = "AUD-" + System.nanoTime();
    assertThat(actions.allClosed("AUDIT", sourceId)).as("no actions: nothing left open").isTrue();

    LocalDate due = LocalDate.now(UK).plusDays(5);
    String first = actions.raise(new ActionRequest("AUDIT", sourceId, "CF-104233", "First", "sw1", "auditor1",
        "CF", "CF-STR-1", due, Priority.LOW));
    String second = actions.raise(new ActionRequest("AUDIT", sourceId, "CF-104233", "Second", "tm1", "auditor1",
        "CF", "CF-STR-1", due, Priority.URGENT));

    assertThat(actions.bySource("AUDIT", sourceId)).extracting(ActionSummary::id).containsExactly(first, second);
    assertThat(actions.bySource("DIP_SAMPLE", sourceId)).isEmpty();
    assertThat(actions.allClosed("AUDIT", sourceId)).isFalse();
  }
}
