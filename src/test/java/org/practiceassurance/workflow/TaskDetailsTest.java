package org.practiceassurance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TaskLists;
import org.practiceassurance.support.TestProcesses;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Follow-up dates, comments that travel with the case, the case's task history, saved filters. */
@SpringBootTest
class TaskDetailsTest {

  @Autowired TaskListService taskList;
  @Autowired TaskInbox inbox;
  @Autowired TaskComments comments;
  @Autowired TaskHistory history;
  @Autowired SavedTaskFilters filters;
  @Autowired ProcessEngine engine;
  @Autowired TaskService engineTasks;

  String stamp;
  String first;
  String second;
  String third;

  @BeforeEach
  void people() {
    stamp = Long.toString(System.nanoTime() % 100_000_000L, 36);
    first = "first-" + stamp;
    second = "second-" + stamp;
    third = "third-" + stamp;
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private void as(String username) {
    TestUsers.signIn(username, List.of("auditor"), null, "T-" + stamp);
  }

  private String openTask(String instanceOrRoot, String name) {
    return engineTasks.createTaskQuery().processInstanceBusinessKey(instanceOrRoot).taskName(name).singleResult() != null
        ? engineTasks.createTaskQuery().processInstanceBusinessKey(instanceOrRoot).taskName(name).singleResult().getId()
        : engineTasks.createTaskQuery().taskName(name).taskCandidateUser(second).singleResult().getId();
  }

  @Test
  void aFollowUpDatePutsMyTaskOffUntilItsDayAndThenItIsDue() {
    String key = "FU-" + stamp;
    TestProcesses.startCase(engine, key, "T-" + stamp, first, second, third);
    String task = openTask(key, "First step");
    as(first);
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
    // Other tests leave tasks offered to every auditor in the shared database: counts are read as changes.
    Map<TaskView, Long> before = inbox.counts();

    taskList.followUpOn(task, tomorrow);

    assertThat(TaskLists.everything(inbox, TaskView.MY_WORK)).extracting(WorkTask::id).doesNotContain(task);
    assertThat(TaskLists.everything(inbox, TaskView.ASSIGNED)).extracting(WorkTask::id).doesNotContain(task);
    assertThat(TaskLists.everything(inbox, TaskView.FOLLOW_UP_LATER)).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo(task);
      assertThat(t.followUp()).isEqualTo(tomorrow.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
    });
    assertThat(inbox.counts()).containsEntry(TaskView.MY_WORK, before.get(TaskView.MY_WORK) - 1)
        .containsEntry(TaskView.FOLLOW_UP_LATER, before.get(TaskView.FOLLOW_UP_LATER) + 1);

    // The day comes (the engine's own date moved to this morning, as time would).
    Task engineTask = engineTasks.createTaskQuery().taskId(task).singleResult();
    engineTask.setFollowUpDate(Date.from(LocalDate.now(ZoneId.of("Europe/London")).atStartOfDay(ZoneId.of("Europe/London")).toInstant()));
    engineTasks.saveTask(engineTask);

    assertThat(TaskLists.everything(inbox, TaskView.MY_WORK)).extracting(WorkTask::id).contains(task);
    assertThat(TaskLists.everything(inbox, TaskView.FOLLOW_UP_DUE)).extracting(WorkTask::id).containsExactly(task);
    assertThat(TaskLists.everything(inbox, TaskView.FOLLOW_UP_LATER)).isEmpty();

    taskList.followUpOn(task, null);
    assertThat(TaskLists.everything(inbox, TaskView.FOLLOW_UP_DUE)).isEmpty();
    assertThat(TaskLists.everything(inbox, TaskView.MY_WORK)).extracting(WorkTask::id).contains(task);
  }

  @Test
  void aFollowUpDateMustBeAheadOnATaskIHoldAndNeverOnUrgentWork() {
    String key = "FV-" + stamp;
    TestProcesses.startCase(engine, key, "T-" + stamp, first, second, third);
    String task = openTask(key, "First step");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    as(second);
    assertThatThrownBy(() -> taskList.followUpOn(task, today.plusDays(2))).isInstanceOf(TaskAccessDeniedException.class);
    as(first);
    assertThatThrownBy(() -> taskList.followUpOn(task, today)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> taskList.followUpOn(task, today.plusYears(2))).isInstanceOf(IllegalArgumentException.class);

    engineTasks.setPriority(task, WorkTask.URGENT_PRIORITY);
    assertThatThrownBy(() -> taskList.followUpOn(task, today.plusDays(2)))
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("urgent");
    assertThat(engineTasks.createTaskQuery().taskId(task).singleResult().getFollowUpDate()).isNull();
  }

  @Test
  void aCommentTravelsWithTheCaseToWhoeverHoldsItsTasksNext() {
    String key = "CM-" + stamp;
    TestProcesses.startCase(engine, key, "T-" + stamp, first, second, third);
    as(first);
    String firstTask = openTask(key, "First step");
    comments.add(firstTask, "The chronology stops in June: ask the team for the rest.");
    taskList.complete(firstTask, Map.of());

    as(second); // offered the second step, in the called process
    String secondTask = engineTasks.createTaskQuery().taskCandidateUser(second).singleResult().getId();
    assertThat(comments.ofCase(secondTask)).singleElement().satisfies(c -> {
      assertThat(c.author()).isEqualTo(first);
      assertThat(c.text()).isEqualTo("The chronology stops in June: ask the team for the rest.");
      assertThat(c.taskName()).isEqualTo("First step");
    });
    taskList.claim(secondTask);
    comments.add(secondTask, "Chronology found; grades agreed.");
    taskList.complete(secondTask, Map.of());

    as(third);
    String thirdTask = openTask(key, "Third step");
    assertThat(comments.ofCase(thirdTask)).extracting(TaskComment::author, TaskComment::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(first, "The chronology stops in June: ask the team for the rest."),
        org.assertj.core.groups.Tuple.tuple(second, "Chronology found; grades agreed."));

    as("outsider-" + stamp);
    assertThatThrownBy(() -> comments.ofCase(thirdTask)).isInstanceOf(TaskAccessDeniedException.class);
    assertThatThrownBy(() -> comments.add(thirdTask, "Let me in")).isInstanceOf(TaskAccessDeniedException.class);
    as(third);
    assertThatThrownBy(() -> comments.add(thirdTask, "  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> comments.add(thirdTask, "x".repeat(TaskComments.MAX_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHistoryTellsWhoClaimedHandedBackAndCompletedEachTaskOfTheCase() {
    String key = "HI-" + stamp;
    TestProcesses.startCase(engine, key, "T-" + stamp, first, second, third);
    as(first);
    String firstTask = openTask(key, "First step");
    taskList.complete(firstTask, Map.of());
    as(second);
    String secondTask = engineTasks.createTaskQuery().taskCandidateUser(second).singleResult().getId();
    taskList.claim(secondTask);
    taskList.unclaim(secondTask);
    taskList.claim(secondTask);
    taskList.complete(secondTask, Map.of());
    as(third);
    String thirdTask = openTask(key, "Third step");

    assertThat(history.ofCase(thirdTask)).extracting(TaskEvent::describe).containsExactly(
        "Created", "Assigned to " + first, "Completed by " + first,
        "Created", "Claimed by " + second, "Handed back by " + second, "Claimed by " + second, "Completed by " + second,
        "Created", "Assigned to " + third);
  }

  @Test
  void aSavedFilterOutlastsSigningOutAndAQualityManagerSharesOneWithARole() {
    TestUsers.signIn("qm-" + stamp, List.of("quality-manager"), null, null);
    TaskSearch overdueActions = new TaskSearch(TaskView.OVERDUE, "chase", "action", null, TaskSort.DUE, true);
    SavedTaskFilter mine = filters.save("Overdue actions to chase", overdueActions, null);
    SavedTaskFilter shared = filters.save("Moderation backlog", TaskSearch.of(TaskView.OFFERED), "moderator");
    assertThatThrownBy(() -> filters.save("overdue ACTIONS to chase", overdueActions, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    assertThatThrownBy(() -> filters.save(" ", overdueActions, null)).isInstanceOf(IllegalArgumentException.class);
    TestUsers.signOut();

    TestUsers.signIn("qm-" + stamp, List.of("quality-manager"), null, null);
    assertThat(filters.available()).extracting(SavedTaskFilter::name).contains("Moderation backlog", "Overdue actions to chase");
    assertThat(filters.available()).filteredOn(f -> f.id() == mine.id()).singleElement()
        .satisfies(f -> assertThat(f.search()).isEqualTo(overdueActions));

    TestUsers.signIn("mod-" + stamp, List.of("moderator"), null, null);
    assertThat(filters.available()).extracting(SavedTaskFilter::id).contains(shared.id()).doesNotContain(mine.id());
    assertThatThrownBy(() -> filters.remove(shared.id())).isInstanceOf(TaskAccessDeniedException.class);
    assertThatThrownBy(() -> filters.save("Mine to share", TaskSearch.of(TaskView.MY_WORK), "auditor"))
        .isInstanceOf(TaskAccessDeniedException.class);

    TestUsers.signIn("aud-" + stamp, List.of("auditor"), null, null);
    assertThat(filters.available()).extracting(SavedTaskFilter::id).doesNotContain(shared.id(), mine.id());

    TestUsers.signIn("qm-" + stamp, List.of("quality-manager"), null, null);
    filters.remove(shared.id());
    assertThat(filters.available()).extracting(SavedTaskFilter::id).doesNotContain(shared.id());
  }
}
