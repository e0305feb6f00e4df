package org.practiceassurance.dipsample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.Priority;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.dipsample.DipSampleDesign.SizeMode;
import org.practiceassurance.dipsample.DipSampleDesign.Stratification;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Designing and reviewing through the services, as the right and the wrong people: the draw is
 * reproducible, bad references are reported by line and the good ones kept, open samples are left
 * out on request, nobody reviews a team they manage; every refusal changes nothing.
 */
class DipSamplesTest extends KeycloakBackedTest {

  @Autowired RosterImport roster;
  @Autowired DipSamples dipSamples;
  @Autowired DipSampleReviews reviews;
  @Autowired DipSampleFindings findings;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired Actions actions;
  @Autowired ConcernRegister concerns;

  DipSampleFixtures county;

  @BeforeEach
  void twoTeams() {
    county = new DipSampleFixtures(roster);
  }

  @AfterEach
  void signOut() {
    DipSampleFixtures.withdrawRunningSamples(runtime);
    TestUsers.signOut();
  }

  @Test
  void theSameSeedGivesTheSameDrawAndTheMakeUpIsInProportion() {
    TestUsers.qm1();
    SamplePreview first = dipSamples.preview(county.design(4, null));
    SamplePreview again = dipSamples.preview(county.design(4, first.seed()));
    assertThat(again.files()).isEqualTo(first.files());
    assertThat(first.populationSize()).isEqualTo(12);
    assertThat(first.allocation()).extracting(StratifiedSampler.Allocation::drawn).containsExactly(2, 2);
    assertThat(first.loadByReviewer()).containsEntry("auditor1", 2L).containsEntry("auditor2", 2L)
        .satisfies(load -> assertThat(first.files()).filteredOn(f -> f.teamCode().equals(county.teamA))
            .extracting(SamplePreview.DrawnFile::reviewer).containsOnly("auditor1"));
    SamplePreview percent = dipSamples.preview(new DipSampleDesign("By percent", "PROTECTION", null, county.teamB, null,
        null, null, null, null, SizeMode.PERCENT, 50, Stratification.NONE, 0, false, 1L, List.of("auditor1"),
        LocalDate.now().plusDays(3)));
    assertThat(percent.files()).hasSize(3).allSatisfy(f -> assertThat(f.teamCode()).isEqualTo(county.teamB));
  }

  @Test
  void badReferencesAreReportedByLineAndTheGoodOnesKept() {
    TestUsers.qm1();
    String list = county.references.get(0) + "\n\n" + "NOT A REF!\n" + county.references.get(1).toLowerCase() + ", NOPE-404\n"
        + county.references.get(0) + "\n";
    SamplePreview preview = dipSamples.preview(new DipSampleDesign("Listed", "PROTECTION", null, null, null, null, null,
        null, list, SizeMode.COUNT, 50, Stratification.NONE, 0, false, 3L, List.of("auditor1"), LocalDate.now()));
    assertThat(preview.files()).extracting(SamplePreview.DrawnFile::childReference)
        .containsExactlyInAnyOrder(county.references.get(0), county.references.get(1));
    assertThat(preview.rejectedReferences()).extracting(SamplePreview.RejectedReference::line,
            SamplePreview.RejectedReference::reference)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "NOT"), org.assertj.core.groups.Tuple.tuple(3, "A"),
            org.assertj.core.groups.Tuple.tuple(3, "REF!"), org.assertj.core.groups.Tuple.tuple(4, "NOPE-404"),
            org.assertj.core.groups.Tuple.tuple(5, county.references.get(0)));
    assertThat(preview.rejectedReferences().get(3).reason()).isEqualTo("not on the roster");
    assertThat(preview.rejectedReferences().get(4).reason()).isEqualTo("listed twice (first on line 1)");
  }

  @Test
  void filesInAnotherOpenSampleAreLeftOutOnRequest() {
    TestUsers.qm1();
    long open = dipSamples.launch(county.design(4, 11L));
    List<String> taken = dipSamples.details(open).files().stream().map(SampleFile::childReference).toList();
    DipSampleDesign excluding = new DipSampleDesign("Second", "PROTECTION", null, null, null, null, null, null,
        String.join("\n", county.references), SizeMode.COUNT, 12, Stratification.TEAM, 1, true, 12L,
        List.of("auditor1", "auditor2"), LocalDate.now().plusDays(3));
    SamplePreview preview = dipSamples.preview(excluding);
    assertThat(preview.excludedInOpenSamples()).isEqualTo(4);
    assertThat(preview.files()).hasSize(8).extracting(SamplePreview.DrawnFile::childReference).doesNotContainAnyElementsOf(taken);
  }

  @Test
  void aDesignWithProblemsNamesEachFieldAndLaunchesNothing() {
    TestUsers.qm1();
    long before = dipSamples.visibleCount(DipSampleFilter.NONE);
    DipSampleDesign bad = new DipSampleDesign(" ", "NOPE", null, "NO-SUCH-TEAM", null, null, LocalDate.now(),
        LocalDate.now().minusDays(1), null, SizeMode.COUNT, 0, Stratification.TEAM, 1, false, null,
        List.of("sw1"), LocalDate.now().minusDays(1));
    assertThatThrownBy(() -> dipSamples.launch(bad)).isInstanceOfSatisfying(InvalidDipSample.class,
        e -> assertThat(e.errors()).containsOnlyKeys("title", "themeCode", "teamCode", "openedTo", "sizeValue", "dueDate",
            "reviewers"));
    assertThat(dipSamples.visibleCount(DipSampleFilter.NONE)).isEqualTo(before);
  }

  @Test
  void aPoolWhereNobodyMayReviewAFileIsRefused() {
    TestUsers.qm1();
    DipSampleDesign onlyTheManager = new DipSampleDesign("Team A only", "PROTECTION", null, county.teamA, null, null,
        null, null, null, SizeMode.COUNT, 2, Stratification.NONE, 0, false, 1L, List.of("auditor2"), LocalDate.now());
    assertThatThrownBy(() -> dipSamples.preview(onlyTheManager)).isInstanceOfSatisfying(InvalidDipSample.class,
        e -> assertThat(e.errors().get("reviewers")).contains("manages that team"));
  }

  @Test
  void onlyQualityManagersDesignAndOnlyOverseersSeeResults() {
    TestUsers.auditor1();
    assertThatThrownBy(() -> dipSamples.preview(county.design(4, 1L))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> dipSamples.launch(county.design(4, 1L))).isInstanceOf(AccessDeniedException.class);
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(4, 1L));
    TestUsers.auditor1();
    assertThatThrownBy(() -> findings.results(id)).isInstanceOf(AccessDeniedException.class);
    assertThat(dipSamples.details(id).files()).extracting(SampleFile::reviewer).containsOnly("auditor1");
    assertThat(dipSamples.visibleRows(DipSampleFilter.NONE, Pageable.unpaged())).extracting(DipSampleSummary::id)
        .contains(id);
    TestUsers.tm1();
    assertThatThrownBy(() -> dipSamples.details(id)).isInstanceOf(AccessDeniedException.class);
    assertThat(dipSamples.visibleRows(DipSampleFilter.NONE, Pageable.unpaged())).extracting(DipSampleSummary::id)
        .doesNotContain(id);
  }

  @Test
  void aReviewIsTheReviewersAloneAndNeedsEveryAnswer() {
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(4, 2L));
    Task task = DipSampleFixtures.reviewTasks(tasks, id).stream().filter(t -> t.getAssignee().equals("auditor1"))
        .findFirst().orElseThrow();
    TestUsers.auditor2();
    assertThatThrownBy(() -> reviews.form(task.getId())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reviews.submit(task.getId())).isInstanceOf(AccessDeniedException.class);

    TestUsers.auditor1();
    ReviewForm form = reviews.form(task.getId());
    Question first = form.questions().get(0);
    reviews.save(task.getId(), new AnswerValue(first.id(), Answer.PARTLY, null, null, "Plan is dated"));
    assertThatThrownBy(() -> reviews.submit(task.getId())).isInstanceOfSatisfying(InvalidDipSample.class,
        e -> assertThat(e.errors()).containsOnlyKeys("q2", "q3", "q4", "q5"));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    // the draft is kept: a fresh form shows the saved answer and notes
    assertThat(reviews.form(task.getId()).answers().get(first.id()))
        .isEqualTo(new AnswerValue(first.id(), Answer.PARTLY, null, null, "Plan is dated"));
  }

  @Test
  void aReviewerRaisesAnActionAndAConcernStraightFromTheFile() {
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(2, 3L));
    Task task = DipSampleFixtures.reviewTasks(tasks, id).get(0);
    DipSampleFixtures.signInAs(task.getAssignee());
    String child = reviews.form(task.getId()).file().childReference();
    String action = reviews.raiseAction(task.getId(), "Update the safety plan with the new address", "sw1",
        LocalDate.now().plusDays(7), Priority.HIGH);
    long concern = reviews.raiseConcern(task.getId(), "Mother's new partner has a record of violence");
    ReviewForm form = reviews.form(task.getId());
    assertThat(form.actionsRaised()).containsExactly(action);
    assertThat(form.concernsRaised()).containsExactly(concern);
    TestUsers.qm1();
    assertThat(findings.actions(id)).singleElement().satisfies(a -> {
      assertThat(a.childReference()).isEqualTo(child);
      assertThat(a.source()).isEqualTo("DIP_SAMPLE");
      assertThat(a.raisedBy()).isEqualTo(task.getAssignee());
    });
    assertThat(concerns.visibleEntry(concern)).hasValueSatisfying(c -> {
      assertThat(c.childReference()).isEqualTo(child);
      assertThat(c.source()).isEqualTo("DIP_SAMPLE");
    });
  }

  @Test
  void onlyTheLeadWritesTheFindings() {
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(2, 4L));
    for (Task t : DipSampleFixtures.reviewTasks(tasks, id)) {
      DipSampleFixtures.review(reviews, t, Answer.YES);
    }
    Task findingsTask = DipSampleFixtures.task(tasks, id, "write-findings");
    TestUsers.auditor1();
    assertThatThrownBy(() -> findings.complete(findingsTask.getId(), "x", null, RerunChoice.none()))
        .isInstanceOf(AccessDeniedException.class);
    TestUsers.qm1();
    assertThatThrownBy(() -> findings.complete(findingsTask.getId(), " ", null,
        new RerunChoice(RerunChoice.Mode.AFTER_WEEKS, 0, null, false)))
        .isInstanceOfSatisfying(InvalidDipSample.class, e -> assertThat(e.errors()).containsOnlyKeys("findings", "weeks"));
    assertThat(tasks.createTaskQuery().taskId(findingsTask.getId()).count()).isEqualTo(1);
  }

  @Test
  void aTaskThatIsNotAReviewIsNotTreatedAsOne() {
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(2, 5L));
    for (Task t : DipSampleFixtures.reviewTasks(tasks, id)) {
      DipSampleFixtures.review(reviews, t, Answer.YES);
    }
    Task findingsTask = DipSampleFixtures.task(tasks, id, "write-findings");
    TestUsers.qm1();
    assertThatThrownBy(() -> reviews.form(findingsTask.getId())).isInstanceOf(InvalidDipSample.class);
    assertThatThrownBy(() -> reviews.form("no-such-task")).isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(NullPointerException.class);
  }
}
