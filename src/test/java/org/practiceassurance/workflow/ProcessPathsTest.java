package org.practiceassurance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.PathTestProcess;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The path of a real instance of the test-only {@code path-test} process, run step by step in the
 * real engine: where it is, what it has done in order, and which flows it took, including the
 * gateway branch it did not take, both branches of a parallel join, and a loop back.
 */
@SpringBootTest
class ProcessPathsTest {

  @Autowired ProcessPaths paths;
  @Autowired ProcessEngine engine;

  String instance;

  @BeforeEach
  void start() {
    instance = PathTestProcess.start(engine);
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private void complete(String activityId, Map<String, Object> variables) {
    PathTestProcess.complete(engine, instance, activityId, variables);
  }

  @Test
  void aNewInstanceStandsAtItsFirstTaskWithTheStartDoneAndTheFlowFromItTaken() {
    ProcessPath path = paths.forInstance(instance);

    assertThat(path.processName()).isEqualTo("Path test");
    assertThat(path.activeActivityIds()).containsExactly("prepare");
    assertThat(path.completedActivityIds()).containsExactly("started");
    assertThat(path.takenFlowIds()).containsExactly("f-start");
    assertThat(path.finished()).isFalse();
    assertThat(path.bpmnXml()).contains("<bpmn:process id=\"path-test\"").contains("bpmndi:BPMNDiagram");
    assertThat(path.steps()).extracting(ProcessPath.Step::activityId).containsExactly("started", "prepare");
    assertThat(path.steps().get(1).current()).isTrue();
  }

  @Test
  void theBranchNotTakenAndTheBranchesStillToArriveAreNotOnThePath() {
    complete("prepare", Map.of("urgent", false));
    complete("check-a", Map.of());

    ProcessPath path = paths.forInstance(instance);

    assertThat(path.activeActivityIds()).containsExactly("check-b");
    assertThat(path.completedActivityIds()).containsExactlyInAnyOrder("started", "prepare", "urgent", "split", "check-a");
    assertThat(path.takenFlowIds()).containsExactlyInAnyOrder("f-start", "f-prepare", "f-urgent-no", "f-split-a",
        "f-split-b", "f-a-join");
    assertThat(path.takenFlowIds()).doesNotContain("f-urgent-yes", "f-b-join", "f-join");
    assertThat(path.steps()).filteredOn(s -> s.activityId().equals("urgent")).singleElement()
        .satisfies(s -> assertThat(s.outcome()).isEqualTo("no"));
  }

  @Test
  void aLoopBackCountsTheWayBackAndThenTheOtherBranchOfTheSameGateway() {
    complete("prepare", Map.of("urgent", false));
    complete("check-a", Map.of());
    complete("check-b", Map.of());
    complete("decide", Map.of("again", true));

    ProcessPath backAtPrepare = paths.forInstance(instance);
    assertThat(backAtPrepare.activeActivityIds()).containsExactly("prepare");
    assertThat(backAtPrepare.completedActivityIds()).contains("prepare", "join", "decide", "again");
    assertThat(backAtPrepare.takenFlowIds()).contains("f-a-join", "f-b-join", "f-join", "f-decide", "f-again-yes")
        .doesNotContain("f-urgent-yes", "f-again-no", "f-escalate");

    complete("prepare", Map.of("urgent", true));
    complete("escalate", Map.of());

    ProcessPath done = paths.forInstance(instance);
    assertThat(done.finished()).isTrue();
    assertThat(done.activeActivityIds()).isEmpty();
    assertThat(done.takenFlowIds()).contains("f-urgent-yes", "f-escalate", "f-urgent-no", "f-again-yes")
        .doesNotContain("f-again-no");
    List<String> inWords = done.steps().stream().filter(s -> s.name() != null)
        .map(s -> s.name() + (s.outcome() == null ? "" : ": " + s.outcome())).toList();
    assertThat(inWords).hasSize(11);
    assertThat(inWords.subList(0, 3)).containsExactly("Requested", "Prepare", "Urgent?: no");
    // The two parallel branches start in the same engine step: either may be entered first.
    assertThat(inWords.subList(3, 5)).containsExactlyInAnyOrder("Check A", "Check B");
    assertThat(inWords.subList(5, 11)).containsExactly("Decide", "Again?: again", "Prepare", "Urgent?: yes", "Escalate",
        "Finished");
    assertThat(done.steps()).allSatisfy(s -> assertThat(s.ended()).isNotNull());
  }

  @Test
  void aTaskShowsItsCaseToWhoeverMayWorkOnItAndToNoOneElse() {
    String prepare = PathTestProcess.task(engine, instance, "prepare").getId();

    TestUsers.auditor1();
    assertThat(paths.forTask(prepare).processInstanceId()).isEqualTo(instance);

    TestUsers.tm1();
    assertThatThrownBy(() -> paths.forTask(prepare)).isInstanceOf(TaskAccessDeniedException.class);
  }

  @Test
  void anInstanceThatDoesNotExistIsSaidSo() {
    assertThatThrownBy(() -> paths.forInstance("no-such-instance")).isInstanceOf(NoSuchElementException.class);
    assertThat(paths.forBusinessKey(PathTestProcess.KEY, "no-such-key")).isEmpty();
  }

  @Test
  void displayNamesHideExpressions() {
    assertThat(ProcessPaths.displayName("Review ${dipSampleProcess.childOf(sampleFileId)} (dip sample)"))
        .isEqualTo("Review … (dip sample)");
    assertThat(ProcessPaths.displayName("  ")).isNull();
  }
}
