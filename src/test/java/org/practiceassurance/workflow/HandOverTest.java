package org.practiceassurance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.ActionRequest;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.Priority;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestProcesses;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager hands a task over, through the service, with the people as the real Keycloak knows them:
 * within their part of the organisation, to someone who may hold it, never against segregation of duties;
 * an action handed over changes owner.
 */
class HandOverTest extends KeycloakBackedTest {

  @Autowired TaskListService taskList;
  @Autowired TaskHistory history;
  @Autowired TaskComments comments;
  @Autowired Actions actions;
  @Autowired ProcessEngine engine;
  @Autowired TaskService engineTasks;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private String verificationOfStroud1() {
    String child = "HO-" + System.nanoTime();
    String instance = TestProcesses.startTeamWork(engine, "Verify and close action", "CF-STR-1", "CF", child,
        "team-manager:CF-STR-1,head-of-service:CF", null, 50, null).getId();
    return engineTasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private static void tm1() {
    TestUsers.tm1();
  }

  private String holder(String task) {
    return engineTasks.createTaskQuery().taskId(task).singleResult().getAssignee();
  }

  @Test
  void aTeamManagerHandsTheirTeamsTaskToSomeoneWhoMayHoldItAndTheCaseRemembers() {
    String task = verificationOfStroud1();
    tm1();

    assertThat(taskList.handOverCandidates(task)).extracting(UserIdentity::username)
        .contains("hos1", "tm1").doesNotContain("sw1", "sw2", "hos2", "auditor2", "qm1");

    taskList.handOver(task, "hos1", "Tom is on leave until the 14th");

    assertThat(holder(task)).isEqualTo("hos1");
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThat(history.ofCase(task)).extracting(TaskEvent::describe).containsExactly("Created", "Handed over to hos1 by tm1");
    assertThat(comments.ofCase(task)).singleElement().satisfies(c -> {
      assertThat(c.author()).isEqualTo("tm1");
      assertThat(c.text()).isEqualTo("Handed over to hos1: Tom is on leave until the 14th");
    });
  }

  @Test
  void aHandOverIsRefusedOutsideMyScopeToSomeoneWithoutTheRoleAgainstSegregationOfDutiesAndByNonManagers() {
    String task = verificationOfStroud1();

    tm1();
    assertThatThrownBy(() -> taskList.handOver(task, "sw1", null))
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("does not hold a role");
    assertThatThrownBy(() -> taskList.handOver(task, "auditor2", null)) // a team manager, of another team
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("does not hold a role");
    assertThatThrownBy(() -> taskList.handOver(task, "nobody-by-this-name", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no one called");

    TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null);
    assertThatThrownBy(() -> taskList.handOver(task, "hos1", null))
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("not in the part of the organisation you manage");
    assertThatThrownBy(() -> taskList.handOverCandidates(task)).isInstanceOf(TaskAccessDeniedException.class);

    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    assertThatThrownBy(() -> taskList.handOver(task, "tm1", null))
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("Only team managers");

    engineTasks.setVariableLocal(task, TaskListService.EXCLUDED_USER, "hos1");
    tm1();
    assertThatThrownBy(() -> taskList.handOver(task, "hos1", null))
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("nobody checks their own work");
    assertThat(taskList.handOverCandidates(task)).extracting(UserIdentity::username).doesNotContain("hos1");

    assertThat(holder(task)).isNull();
    assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(task).operationType("Assign").count()).isZero();
  }

  @Test
  void anActionHandedOverHasANewOwnerWhoCarriesItOutAndMayNotVerifyIt() {
    String source = "AUD-HO-" + System.nanoTime();
    String id = actions.raise(new ActionRequest("AUDIT", source, "CF-104233",
        "Update the child's plan", "sw1", "auditor1", "CF", "CF-STR-1", LocalDate.now(ZoneId.of("Europe/London")).plusDays(10),
        Priority.HIGH));
    String carryOut = engineTasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("carry-out-action")
        .singleResult().getId();
    tm1();
    assertThat(taskList.handOverCandidates(carryOut)).extracting(UserIdentity::username).contains("sw2", "tm1", "hos1")
        .doesNotContain("sw1", "auditor1");

    taskList.handOver(carryOut, "sw2", "Priya knows the family");

    assertThat(holder(carryOut)).isEqualTo("sw2");
    assertThat(engineTasks.getIdentityLinksForTask(carryOut)).filteredOn(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .extracting(IdentityLink::getUserId).containsExactly("sw2");
    assertThat(actions.bySource("AUDIT", source)).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("sw2"));
    assertThat(jdbc.queryForList("select kind || ' ' || actor || ' ' || text from pa.action_history where action_id = ? order by id",
        String.class, id)).last().isEqualTo("HANDED_OVER tm1 From sw1 to sw2");
    assertThat(engine.getRuntimeService().getVariable(
        engineTasks.createTaskQuery().taskId(carryOut).singleResult().getProcessInstanceId(), "owner")).isEqualTo("sw2");
  }
}
