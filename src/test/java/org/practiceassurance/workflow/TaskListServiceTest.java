package org.practiceassurance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TestProcesses;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Task lists and task actions through the service, as the right and the wrong people. */
@SpringBootTest
class TaskListServiceTest {

  @Autowired TaskListService taskList;
  @Autowired org.practiceassurance.workflow.TaskInbox inbox;
  @Autowired RuntimeService runtime;
  @Autowired TaskService engineTasks;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;

  ProcessInstance audit;
  String taskId;

  @BeforeEach
  void startAnAudit() {
    audit = TestProcesses.startTaskListTest(engine, "TL-" + System.nanoTime(), "2020-01-10T17:00:00Z");
    taskId = engineTasks.createTaskQuery().processInstanceId(audit.getId()).singleResult().getId();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  @Test
  void anUnclaimedTaskIsOfferedToItsCandidateRoleOnly() {
    TestUsers.auditor1();
    assertThat(myWork()).filteredOn(t -> t.id().equals(taskId)).singleElement().satisfies(t -> {
      assertThat(t.processName()).isEqualTo("Task list test");
      assertThat(t.businessKey()).isEqualTo(audit.getBusinessKey());
      assertThat(t.assignee()).isNull();
      assertThat(t.isOverdue(java.time.Instant.now())).isTrue();
    });

    TestUsers.tm1();
    assertThat(myWork()).noneMatch(t -> t.id().equals(taskId));
  }

  @Test
  void aClaimedTaskLeavesOtherAuditorsListsAndCannotBeTakenOver() {
    TestUsers.auditor1();
    taskList.claim(taskId);

    TestUsers.auditor2();
    assertThat(myWork()).noneMatch(t -> t.id().equals(taskId));
    assertThatThrownBy(() -> taskList.claim(taskId))
        .isInstanceOf(TaskConflictException.class).hasMessageContaining("claimed by auditor1");
    assertThatThrownBy(() -> taskList.complete(taskId, Map.of()))
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("auditor1 holds it");
    assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("auditor1");
  }

  @Test
  void someoneOutsideTheCandidateRolesCannotClaim() {
    TestUsers.tm1();

    assertThatThrownBy(() -> taskList.claim(taskId)).isInstanceOf(TaskAccessDeniedException.class);
    assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void unclaimHandsTheTaskBackToTheRole() {
    TestUsers.auditor1();
    taskList.claim(taskId);
    taskList.unclaim(taskId);

    TestUsers.auditor2();
    assertThat(myWork()).anyMatch(t -> t.id().equals(taskId) && t.assignee() == null);
  }

  @Test
  void completingEndsTheStepRecordsWhoDidItAndASecondCompleteIsAClearConflict() {
    TestUsers.auditor1();
    taskList.claim(taskId);
    taskList.complete(taskId, Map.of());

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(audit.getId()).count()).isZero();
    assertThat(history.createUserOperationLogQuery().taskId(taskId).operationType("Complete").singleResult().getUserId())
        .isEqualTo("auditor1");
    assertThatThrownBy(() -> taskList.complete(taskId, Map.of()))
        .isInstanceOf(TaskConflictException.class).hasMessageContaining("already been completed");
  }

  @Test
  void completeAfterGivesTheWorkTheTaskAndItsVariableThenCompletesItAsMeWithTheWorksVariables() {
    TestUsers.auditor1();
    taskList.claim(taskId);
    java.util.List<Object> seen = new java.util.ArrayList<>();

    taskList.completeAfter(taskId, "dueDate", false, mine -> {
      seen.add(mine.task().id());
      seen.add(mine.variable());
      return Map.of("outcome", "done");
    });

    assertThat(seen).containsExactly(taskId, "2020-01-10T17:00:00Z");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(audit.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(audit.getId()).variableName("outcome")
        .singleResult().getValue()).isEqualTo("done");
    assertThat(history.createUserOperationLogQuery().taskId(taskId).operationType("Complete").singleResult().getUserId())
        .isEqualTo("auditor1");
  }

  @Test
  void completeAfterClaimsATaskOfferedToMeOnlyWhenAskedTo() {
    TestUsers.auditor1();
    boolean[] ran = {false};
    assertThatThrownBy(() -> taskList.completeAfter(taskId, null, false, mine -> {
      ran[0] = true;
      return Map.of();
    })).isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("claim it first");
    assertThat(ran[0]).as("the work runs only once the task is mine").isFalse();
    assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

    taskList.completeAfter(taskId, null, true, mine -> Map.of());

    assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("auditor1");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(audit.getId()).count()).isZero();
  }

  @Test
  void completeAfterRefusesSomeoneTheTaskIsNotOfferedToBeforeTheWorkRuns() {
    TestUsers.tm1();
    boolean[] ran = {false};

    assertThatThrownBy(() -> taskList.completeAfter(taskId, null, true, mine -> {
      ran[0] = true;
      return Map.of();
    })).isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("not yours to work on");

    assertThat(ran[0]).isFalse();
    assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void aRefusalFromTheWorkReachesTheCallerAndLeavesTheTaskAsItWas() {
    TestUsers.auditor1();
    IllegalArgumentException refusal = new IllegalArgumentException("The form is incomplete.");

    assertThatThrownBy(() -> taskList.completeAfter(taskId, null, true, mine -> {
      throw refusal;
    })).isSameAs(refusal);

    assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(audit.getId()).count()).isOne();
  }

  @Test
  void aFailureAfterTheCompletionWritesNothingOfTheStep() {
    TestUsers.auditor1();
    IllegalStateException failure = new IllegalStateException("The other process could not be told.");

    assertThatThrownBy(() -> taskList.completeAfter(taskId, null, true, mine -> Map.of(), () -> {
      throw failure;
    })).isSameAs(failure);

    assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).as("not even claimed").isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(audit.getId()).count()).isOne();
  }

  @Test
  void nobodySignedInGetsNoTasks() {
    assertThatThrownBy(() -> myWork())
        .isInstanceOf(org.practiceassurance.security.CurrentUser.NotSignedInException.class);
  }

  /** Everything in my work now, page after page. */
  private java.util.List<org.practiceassurance.workflow.WorkTask> myWork() {
    return org.practiceassurance.support.TaskLists.everything(inbox, org.practiceassurance.workflow.TaskView.MY_WORK);
  }
}
