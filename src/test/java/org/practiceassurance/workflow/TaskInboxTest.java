package org.practiceassurance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TaskLists;
import org.practiceassurance.support.TestProcesses;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The task list read from the projection: who sees what, urgent first, counts, and paging that holds still. */
@SpringBootTest
class TaskInboxTest {

  @Autowired TaskInbox inbox;
  @Autowired TaskListService taskList;
  @Autowired ProcessEngine engine;
  @Autowired TaskService engineTasks;
  @Autowired JdbcTemplate jdbc;

  String team;
  String service;

  @BeforeEach
  void aFreshTeam() {
    String stamp = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    team = "TI-" + stamp;
    service = "SI" + stamp;
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private String start(String name, String groups, String assignee, int priority, Instant due) {
    String child = "CH-" + team + "-" + name.replaceAll("\\W", "");
    String instance = TestProcesses.startTeamWork(engine, name, team, service, child, groups, assignee, priority,
        due == null ? null : due.toString()).getId();
    return engineTasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private void teamManager() {
    TestUsers.signIn("tm-" + team, List.of("team-manager"), service, team);
  }

  private void headOfService() {
    TestUsers.signIn("hos-" + team, List.of("head-of-service"), service, null);
  }

  @Test
  void urgentWorkIsTheFirstRowForEveryoneItIsOfferedToWhateverTheOrderAndHowEverLongTheList() {
    Instant now = Instant.now();
    for (int i = 0; i < 600; i++) {
      // Ordinary work, much of it overdue (due long before the urgent task was even created) and some without a due date.
      start("Ordinary " + i, "team-manager:" + team + ",head-of-service:" + service, null, 50,
          i % 10 == 0 ? null : now.minus(600 - i, ChronoUnit.DAYS));
    }
    String urgent = start("Urgent: acknowledge child at risk", "team-manager:" + team + ",head-of-service:" + service,
        null, WorkTask.URGENT_PRIORITY, null);

    for (Runnable who : List.<Runnable>of(this::teamManager, this::headOfService)) {
      who.run();
      for (TaskSort sort : TaskSort.values()) {
        for (boolean descending : new boolean[] {false, true}) {
          TaskSearch search = TaskSearch.of(TaskView.MY_WORK).sortedBy(sort, descending);
          assertThat(inbox.window(search, 0, 1)).as("first row, %s %s", sort, descending ? "desc" : "asc")
              .singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo(urgent);
                assertThat(t.isUrgent()).isTrue();
              });
        }
      }
      assertThat(inbox.urgentCount()).isEqualTo(1);
      assertThat(inbox.counts()).containsEntry(TaskView.MY_WORK, 601L).containsEntry(TaskView.URGENT, 1L)
          .containsEntry(TaskView.OFFERED, 601L).containsEntry(TaskView.OVERDUE, 540L);
      assertThat(inbox.window(TaskSearch.of(TaskView.URGENT), 0, 50)).extracting(WorkTask::id).containsExactly(urgent);
    }

    TestUsers.signIn("tm-elsewhere", List.of("team-manager"), service, team + "-X");
    assertThat(inbox.urgentCount()).isZero();
  }

  @Test
  void theDefaultOrderIsPriorityThenDueDateWithNoneLastThenAge() {
    Instant now = Instant.now();
    String later = start("Due later", "auditor-" + team, null, 50, now.plus(3, ChronoUnit.DAYS));
    String sooner = start("Due sooner", "auditor-" + team, null, 50, now.plus(1, ChronoUnit.DAYS));
    String none = start("No due date", "auditor-" + team, null, 50, null);
    String higher = start("Higher priority", "auditor-" + team, null, 80, null);
    TestUsers.signIn("a-" + team, List.of("auditor-" + team), null, null);

    assertThat(inbox.window(TaskSearch.of(TaskView.MY_WORK), 0, 10)).extracting(WorkTask::id)
        .containsExactly(higher, sooner, later, none);
    assertThat(inbox.window(TaskSearch.of(TaskView.MY_WORK).sortedBy(TaskSort.DUE, true), 0, 10)).extracting(WorkTask::id)
        .containsExactly(later, sooner, higher, none);
    assertThat(inbox.window(TaskSearch.of(TaskView.MY_WORK).sortedBy(TaskSort.CREATED, false), 0, 10))
        .extracting(WorkTask::id).containsExactly(later, sooner, none, higher);
  }

  @Test
  void pagingByCursorNeitherRepeatsNorSkipsATaskWhileOthersAreBeingCompleted() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      ids.add(start("Paged " + i, "auditor-" + team, "a-" + team, 50, Instant.now().plus(i, ChronoUnit.HOURS)));
    }
    TestUsers.signIn("a-" + team, List.of("auditor-" + team), null, null);
    TaskSearch search = TaskSearch.of(TaskView.ASSIGNED).sortedBy(TaskSort.DUE, false);

    List<String> seen = new ArrayList<>();
    Set<String> completed = new HashSet<>();
    String cursor = null;
    int round = 0;
    do {
      TaskPage page = inbox.page(search, cursor, 25);
      page.tasks().forEach(t -> seen.add(t.id()));
      cursor = page.next();
      // Meanwhile two tasks already seen and one not yet seen are completed.
      for (String id : List.of(ids.get(round * 25), ids.get(round * 25 + 1), ids.get(Math.min(119, round * 25 + 60)))) {
        if (completed.add(id)) {
          taskList.complete(id, Map.of());
        }
      }
      round++;
    } while (cursor != null);

    assertThat(new LinkedHashSet<>(seen)).as("no task twice").hasSize(seen.size());
    List<String> openThroughout = ids.stream().filter(id -> !completed.contains(id)).toList();
    assertThat(seen).as("every task open throughout was seen").containsAll(openThroughout);

    // Paging by position, the same completions would shift tasks into a page already read.
    assertThat(inbox.count(search)).isEqualTo(120 - completed.size());
  }

  @Test
  void aCursorGivenForAnotherOrderIsRefused() {
    for (int i = 0; i < 3; i++) {
      start("Cursor " + i, "auditor-" + team, null, 50, null);
    }
    TestUsers.signIn("a-" + team, List.of("auditor-" + team), null, null);
    String next = inbox.page(TaskSearch.of(TaskView.MY_WORK), null, 2).next();
    assertThat(next).isNotNull();
    assertThat(inbox.page(TaskSearch.of(TaskView.MY_WORK), next, 2).tasks()).hasSize(1);

    assertThatThrownBy(() -> inbox.page(TaskSearch.of(TaskView.MY_WORK).sortedBy(TaskSort.TEAM, false), next, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> inbox.page(TaskSearch.of(TaskView.MY_WORK), "not-a-cursor", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTaskBarredToMeIsNotInMyWorkButStaysInOthers() {
    String task = start("Verify", "team-manager:" + team, null, 50, null);
    engineTasks.setVariableLocal(task, TaskListService.EXCLUDED_USER, "tm-" + team);

    teamManager();
    assertThat(TaskLists.everything(inbox, TaskView.MY_WORK)).extracting(WorkTask::id).doesNotContain(task);
    assertThat(inbox.counts()).containsEntry(TaskView.MY_WORK, 0L);
    assertThat(TaskLists.everything(inbox, TaskView.TEAM)).extracting(WorkTask::id)
        .as("a manager still oversees it").contains(task);

    TestUsers.signIn("tm2-" + team, List.of("team-manager"), service, team);
    assertThat(TaskLists.everything(inbox, TaskView.MY_WORK)).extracting(WorkTask::id).contains(task);
  }

  @Test
  void myTeamsWorkIsTheWorkOfWhatIManageWhoeverHoldsIt() {
    String heldBySomeoneElse = start("Carry out action", "social-worker:" + team, "sw-" + team, 50, null);
    String otherTeam = TestProcesses.startTeamWork(engine, "Elsewhere", team + "-Z", service + "Z", "CH-Z-" + team,
        "team-manager:" + team + "-Z", null, 50, null).getId();

    teamManager();
    assertThat(inbox.views()).contains(TaskView.TEAM);
    List<WorkTask> teamWork = TaskLists.everything(inbox, TaskView.TEAM);
    assertThat(teamWork).extracting(WorkTask::id).contains(heldBySomeoneElse);
    assertThat(teamWork).extracting(WorkTask::teamCode).containsOnly(team);
    assertThat(TaskLists.everything(inbox, TaskView.MY_WORK)).extracting(WorkTask::id).doesNotContain(heldBySomeoneElse);

    headOfService();
    assertThat(TaskLists.everything(inbox, TaskView.TEAM)).extracting(WorkTask::id).contains(heldBySomeoneElse);

    TestUsers.signIn("sw-" + team, List.of("social-worker"), service, team);
    assertThat(inbox.views()).doesNotContain(TaskView.TEAM);
    assertThat(inbox.window(TaskSearch.of(TaskView.TEAM), 0, 10)).isEmpty();
    assertThat(TaskLists.everything(inbox, TaskView.ASSIGNED)).extracting(WorkTask::id).containsExactly(heldBySomeoneElse);
    assertThat(otherTeam).isNotNull();
  }

  @Test
  void wordsAndAProcessNarrowTheList() {
    String review = start("Review the plan", "auditor-" + team, null, 50, null);
    start("Chase the visit", "auditor-" + team, null, 50, null);
    TestUsers.signIn("a-" + team, List.of("auditor-" + team), null, null);

    TaskSearch search = TaskSearch.of(TaskView.MY_WORK).withText("review " + team.toLowerCase());
    assertThat(inbox.window(search, 0, 10)).extracting(WorkTask::id).containsExactly(review);
    assertThat(inbox.count(search)).isEqualTo(1);
    assertThat(inbox.count(new TaskSearch(TaskView.MY_WORK, team, TestProcesses.TEAM_WORK_TEST, null, null, false))).isEqualTo(2);
    assertThat(inbox.count(new TaskSearch(TaskView.MY_WORK, team, "action", null, null, false))).isZero();
    assertThat(inbox.count(TaskSearch.of(TaskView.MY_WORK).withText("50%_"))).as("wildcards are literal").isZero();
  }

  @Test
  void theProjectionFollowsTheEngineThroughClaimUnclaimAndCompletion() {
    String task = start("Followed", "auditor-" + team, null, 50, null);
    TestUsers.signIn("a-" + team, List.of("auditor-" + team), null, null);

    taskList.claim(task);
    assertThat(jdbc.queryForObject("select assignee from pa.work_item where task_id = ?", String.class, task)).isEqualTo("a-" + team);
    taskList.unclaim(task);
    assertThat(jdbc.queryForObject("select assignee from pa.work_item where task_id = ?", String.class, task)).isNull();
    taskList.claim(task);
    taskList.complete(task, Map.of());
    assertThat(jdbc.queryForObject("select count(*) from pa.work_item where task_id = ?", Integer.class, task)).isZero();
  }

  @Test
  void aTaskTheModelLeftUnnamedIsListedByItsStepAndItsProcessRuns() {
    String key = "unnamed-" + team.toLowerCase();
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).startEvent().userTask("check-the-file").camundaCandidateGroups("auditor-" + team)
            .endEvent().done()).deploy();

    String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();

    String task = engineTasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    TestUsers.signIn("a-" + team, List.of("auditor-" + team), null, null);
    assertThat(TaskLists.everything(inbox, TaskView.OFFERED)).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo(task);
      assertThat(t.name()).isEqualTo("check-the-file");
    });
  }
}
