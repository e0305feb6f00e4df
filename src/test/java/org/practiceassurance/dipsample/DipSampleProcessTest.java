package org.practiceassurance.dipsample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.dipsample.RerunChoice.Mode;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the dip-sample process, driven through the services people use, on the real
 * engine, database and Keycloak (the reviewer pool is checked against it): launched, reviewed and
 * finished; closed early; run again now, after some weeks (the timer), and until a target is met
 * (met and not met); asked for by another process's message and designed by a quality manager.
 */
class DipSampleProcessTest extends KeycloakBackedTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RosterImport roster;
  @Autowired DipSamples dipSamples;
  @Autowired DipSampleReviews reviews;
  @Autowired DipSampleFindings findings;

  DipSampleFixtures county;

  @BeforeEach
  void twoTeams() {
    BpmnAwareTests.init(engine);
    county = new DipSampleFixtures(roster);
  }

  @AfterEach
  void signOut() {
    DipSampleFixtures.withdrawRunningSamples(runtime);
    TestUsers.signOut();
  }

  private long launchSix() {
    TestUsers.qm1();
    return dipSamples.launch(county.design(6, 42L));
  }

  private ProcessInstance process(long sampleId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey("DS-" + sampleId).singleResult();
  }

  private void reviewAll(long sampleId, Answer answer) {
    for (Task task : DipSampleFixtures.reviewTasks(tasks, sampleId)) {
      DipSampleFixtures.review(reviews, task, answer);
    }
  }

  private String writeFindings(long sampleId, RerunChoice choice) {
    TestUsers.qm1();
    Task task = DipSampleFixtures.task(tasks, sampleId, "write-findings");
    assertThat(task.getAssignee()).isEqualTo("qm1");
    return findings.complete(task.getId(), "Plans rarely name the risk.", "Team A: plans within the week.", choice);
  }

  @Test
  void launchedSampleGivesOneTaskPerFileToItsReviewerThenFindingsThenEnds() {
    long id = launchSix();
    ProcessInstance process = process(id);
    List<Task> reviewTasks = DipSampleFixtures.reviewTasks(tasks, id);
    assertThat(reviewTasks).hasSize(6);
    TestUsers.qm1();
    DipSampleDetails details = dipSamples.details(id);
    Map<String, String> reviewerByChild = details.files().stream()
        .collect(Collectors.toMap(SampleFile::childReference, SampleFile::reviewer));
    // stratified by team, three each; auditor2 manages team A, so never reviews its files
    assertThat(details.files()).extracting(SampleFile::teamCode).filteredOn(county.teamA::equals).hasSize(3);
    assertThat(details.files()).filteredOn(f -> f.teamCode().equals(county.teamA))
        .extracting(SampleFile::reviewer).containsOnly("auditor1");
    for (Task task : reviewTasks) {
      String child = task.getName().replace("Review ", "").replace(" (dip sample)", "");
      assertThat(task.getAssignee()).isEqualTo(reviewerByChild.get(child));
      assertThat(task.getDueDate()).isNotNull();
    }
    assertThat(process).isWaitingAt("review-file");

    reviewAll(id, Answer.YES);
    assertThat(process).isWaitingAt("write-findings");
    TestUsers.qm1();
    SampleResults results = findings.results(id);
    assertThat(results.reviewed()).isEqualTo(6);
    assertThat(results.overall().compliance()).isEqualTo(1.0);
    assertThat(results.strata()).containsExactlyInAnyOrder(county.teamA, county.teamB);

    assertThat(writeFindings(id, RerunChoice.none())).isEqualTo("Not run again");
    assertThat(process).isEnded().hasPassed("sample-complete");
    TestUsers.qm1();
    assertThat(dipSamples.details(id).summary().status()).isEqualTo(DipSampleStatus.COMPLETE);
    assertThat(dipSamples.details(id).findings()).isEqualTo("Plans rarely name the risk.");
  }

  @Test
  void theLeadClosesEarlyWithAReasonAndOnlyReviewedFilesCount() {
    long id = launchSix();
    ProcessInstance process = process(id);
    DipSampleFixtures.review(reviews, DipSampleFixtures.reviewTasks(tasks, id).get(0), Answer.NO);

    TestUsers.auditor1();
    assertThatThrownBy(() -> dipSamples.closeEarly(id, "Enough seen")).hasMessageContaining("lead");
    TestUsers.qm1();
    assertThatThrownBy(() -> dipSamples.closeEarly(id, " ")).isInstanceOf(InvalidDipSample.class);
    assertThat(DipSampleFixtures.reviewTasks(tasks, id)).hasSize(5);

    dipSamples.closeEarly(id, "Staff sickness: the themes are already clear.");
    assertThat(DipSampleFixtures.reviewTasks(tasks, id)).isEmpty();
    assertThat(process).isWaitingAt("write-findings").hasPassed("closed-early");
    SampleResults results = findings.results(id);
    assertThat(results.reviewed()).isEqualTo(1);
    assertThat(results.total()).isEqualTo(6);
    assertThat(results.overall().compliance()).isZero();
    assertThat(dipSamples.details(id).closedEarlyReason()).startsWith("Staff sickness");
  }

  @Test
  void runAgainNowDrawsANewSampleWithTheSameQuestionsAndTheComparisonShowsTheChange() {
    long first = launchSix();
    ProcessInstance process = process(first);
    reviewAll(first, Answer.NO);
    writeFindings(first, new RerunChoice(Mode.NOW, null, null, false));
    assertThat(process).isEnded().hasPassed("start-rerun", "rerun-started");

    TestUsers.qm1();
    long second = dipSamples.details(first).nextRunId();
    DipSampleDetails rerun = dipSamples.details(second);
    assertThat(rerun.summary().runNumber()).isEqualTo(2);
    assertThat(rerun.summary().previousRunId()).isEqualTo(first);
    assertThat(rerun.summary().questionSetVersion()).isEqualTo(dipSamples.details(first).summary().questionSetVersion());
    assertThat(rerun.seed()).isNotEqualTo(42L);
    assertThat(DipSampleFixtures.reviewTasks(tasks, second)).hasSize(6);

    reviewAll(second, Answer.YES);
    TestUsers.qm1();
    SampleComparison comparison = findings.comparison(second);
    assertThat(comparison.rows()).hasSize(4); // the four Yes/Partly/No/N/A questions of PROTECTION
    assertThat(comparison.rows()).allSatisfy(row -> {
      assertThat(row.before().compliance()).isZero();
      assertThat(row.after().compliance()).isEqualTo(1.0);
      assertThat(row.change().significant()).isTrue(); // 0/6 against 6/6
    });
    assertThatThrownBy(() -> findings.comparison(first)).isInstanceOf(InvalidDipSample.class);
  }

  @Test
  void runAgainWithTheSameChildren() {
    long first = launchSix();
    reviewAll(first, Answer.PARTLY);
    writeFindings(first, new RerunChoice(Mode.NOW, null, null, true));
    TestUsers.qm1();
    long second = dipSamples.details(first).nextRunId();
    assertThat(dipSamples.details(second).files()).extracting(SampleFile::childReference)
        .containsExactlyInAnyOrderElementsOf(dipSamples.details(first).files().stream().map(SampleFile::childReference).toList());
  }

  @Test
  void runAgainAfterWeeksWaitsForTheTimer() {
    long first = launchSix();
    ProcessInstance process = process(first);
    reviewAll(first, Answer.YES);
    assertThat(writeFindings(first, new RerunChoice(Mode.AFTER_WEEKS, 6, null, false))).startsWith("Runs again on ");
    assertThat(process).isWaitingAt("wait-for-rerun");
    TestUsers.qm1();
    assertThat(dipSamples.details(first).nextRunId()).isNull();
    TestUsers.signOut(); // the timer fires with nobody signed in
    execute(job());
    assertThat(process).isEnded().hasPassed("start-rerun");
    TestUsers.qm1();
    assertThat(dipSamples.details(first).nextRunId()).isNotNull();
  }

  @Test
  void repeatUntilTargetStopsOnceTheTargetIsMetAndWaitsOtherwise() {
    long met = launchSix();
    ProcessInstance metProcess = process(met);
    reviewAll(met, Answer.YES);
    assertThat(writeFindings(met, new RerunChoice(Mode.UNTIL_TARGET, 4, 90.0, false))).startsWith("Target 90 % reached");
    assertThat(metProcess).isEnded().hasPassed("sample-complete");

    DipSampleFixtures other = new DipSampleFixtures(roster);
    TestUsers.qm1();
    long notMet = dipSamples.launch(other.design(6, 7L));
    reviewAll(notMet, Answer.PARTLY);
    assertThat(writeFindings(notMet, new RerunChoice(Mode.UNTIL_TARGET, 4, 90.0, false)))
        .startsWith("Repeats every 4 weeks until compliance reaches 90 %");
    assertThat(process(notMet)).isWaitingAt("wait-for-rerun");
    execute(job());
    TestUsers.qm1();
    long next = dipSamples.details(notMet).nextRunId();
    assertThat(findings.inheritedRerun(next)).isEqualTo(new RerunChoice(Mode.UNTIL_TARGET, 4, 90.0, false));
  }

  @Test
  void anotherProcessAsksForADipSampleAndAQualityManagerDesignsAndLaunchesIt() {
    String team = county.teamB;
    dipSamples.request(new DipSampleRequest("PROTECTION", "Surgery follow-up " + county.stamp, "CF", team, null, null, 3,
        "hos1", "Re-referrals up in the surgery", "SURGERY:" + county.stamp));
    Task design = tasks.createTaskQuery().taskDefinitionKey("design-requested")
        .processVariableValueEquals("requestSource", "SURGERY:" + county.stamp).taskCandidateGroup("quality-manager")
        .orderByTaskCreateTime().desc().list().get(0);
    ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(design.getProcessInstanceId()).singleResult();
    assertThat(process).hasPassed("record-request").isWaitingAt("design-requested");

    TestUsers.qm1();
    DipSampleDesign proposed = dipSamples.requestedDesign(design.getId());
    assertThat(proposed.themeCode()).isEqualTo("PROTECTION");
    assertThat(proposed.teamCode()).isEqualTo(team);
    assertThat(proposed.sizeValue()).isEqualTo(3);
    assertThat(dipSamples.requestedSample(design.getId()).requestedBy()).isEqualTo("hos1");

    DipSampleDesign completed = proposed.withSeed(5L);
    completed = new DipSampleDesign(completed.title(), completed.themeCode(), completed.serviceCode(), completed.teamCode(),
        completed.locality(), completed.legalStatus(), null, null, null, completed.sizeMode(), completed.sizeValue(),
        completed.stratifyBy(), completed.minimumPerStratum(), completed.excludeOpenSamples(), 5L,
        List.of("auditor1", "auditor2"), completed.dueDate());
    long id = dipSamples.launchRequested(design.getId(), completed);
    assertThat(process).isWaitingAt("review-file");
    assertThat(DipSampleFixtures.reviewTasks(tasks, id)).hasSize(3);
    TestUsers.qm1();
    assertThat(dipSamples.details(id).summary().lead()).isEqualTo("qm1");
    assertThat(dipSamples.details(id).files()).extracting(SampleFile::teamCode).containsOnly(team);

    assertThatThrownBy(() -> dipSamples.request(new DipSampleRequest("NO_SUCH_THEME", null, null, null, null, null, null,
        "hos1", null, null))).isInstanceOf(InvalidDipSample.class).hasMessageContaining("NO_SUCH_THEME");
  }
}
