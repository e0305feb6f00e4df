package org.practiceassurance.dipsample;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.dipsample.DipSampleDesign.Stratification;
import org.practiceassurance.dipsample.ui.DipSampleView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless, on the real services: a quality manager designs, previews and launches; a reviewer
 * answers (each answer saved at once) and is told which question is missing; the lead publishes
 * findings and runs it again; the comparison shows the change.
 */
class DipSampleViewsTest extends KeycloakBackedTest {

  @Autowired ApplicationContext context;
  @Autowired RosterImport roster;
  @Autowired DipSamples dipSamples;
  @Autowired DipSampleReviews reviews;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  DipSampleFixtures county;

  @BeforeEach
  void twoTeams() {
    county = new DipSampleFixtures(roster);
  }

  @AfterEach
  void close() {
    DipSampleFixtures.withdrawRunningSamples(runtime);
    BrowserlessUi.close();
  }

  private void openAs(Runnable signIn, String route) {
    BrowserlessUi.close();
    signIn.run();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate(route);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aQualityManagerPreviewsTheDrawAndLaunchesExactlyIt() {
    openAs(TestUsers::qm1, "dip-samples/design");
    TextField title = _get(TextField.class, spec -> spec.withId("title"));
    Button launch = _get(Button.class, spec -> spec.withId("launch"));
    ButtonKt._click(_get(Button.class, spec -> spec.withId("preview")));
    assertThat(title.isInvalid()).isTrue();
    assertThat(_get(ComboBox.class, spec -> spec.withId("theme")).isInvalid()).isTrue();
    assertThat(launch.isEnabled()).isFalse();

    HasValueUtilsKt._setValue(title, "Protection " + county.stamp);
    ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("theme"));
    HasValueUtilsKt._setValue(theme, theme.getListDataView().getItems().filter(t -> t.code().equals("PROTECTION")).findFirst().orElseThrow());
    HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("child-references")), String.join("\n", county.references)
        + "\nNOPE-1");
    HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("size")), 4);
    HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withId("stratify-by")), Stratification.TEAM);
    HasValueUtilsKt._setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("reviewers")), Set.of("auditor1", "auditor2"));
    ButtonKt._click(_get(Button.class, spec -> spec.withId("preview")));

    Grid<SamplePreview.DrawnFile> drawn = _get(Grid.class, spec -> spec.withId("drawn-files"));
    assertThat(GridKt._size(drawn)).isEqualTo(4);
    assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("allocation")))).isEqualTo(2);
    Grid<SamplePreview.RejectedReference> rejected = _get(Grid.class, spec -> spec.withId("rejected-references"));
    assertThat(GridKt._get(rejected, 0)).isEqualTo(new SamplePreview.RejectedReference(13, "NOPE-1", "not on the roster"));
    List<String> previewed = java.util.stream.IntStream.range(0, 4).mapToObj(i -> GridKt._get(drawn, i).childReference()).toList();
    assertThat(launch.isEnabled()).isTrue();

    // a change after the preview must be previewed again before launch
    HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withId("minimum-per-stratum")), 1);
    assertThat(launch.isEnabled()).isFalse();
    ButtonKt._click(_get(Button.class, spec -> spec.withId("preview")));
    ButtonKt._click(launch);

    DipSampleView page = _get(DipSampleView.class);
    assertThat(_get(Span.class, spec -> spec.withId("sample-progress")).getText()).isEqualTo("0 of 4 files reviewed");
    Grid<SampleFile> files = _get(Grid.class, spec -> spec.withId("sample-files"));
    assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(i -> GridKt._get(files, i).childReference()).toList())
        .containsExactlyInAnyOrderElementsOf(previewed);
    assertThat(page).isNotNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aReviewerIsToldWhatIsMissingAndKeepsWhatTheyAnswered() {
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(2, 9L));
    Task task = DipSampleFixtures.reviewTasks(tasks, id).stream().filter(t -> t.getAssignee().equals("auditor1"))
        .findFirst().orElseThrow();
    openAs(TestUsers::auditor1, "dip-samples/review/" + task.getId());
    HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-1")), Answer.YES);
    HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-2")), Answer.PARTLY);
    HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("notes-2")), "Plan not shared with the child");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-review")));
    assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("answer-3")).isInvalid()).isTrue();
    assertThat(_get(TextArea.class, spec -> spec.withId("answer-5")).isInvalid()).isTrue();
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    NotificationsKt.clearNotifications();

    // a new window (or a new day) shows what was saved
    openAs(TestUsers::auditor1, "dip-samples/review/" + task.getId());
    assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("answer-2")).getValue()).isEqualTo(Answer.PARTLY);
    assertThat(_get(TextField.class, spec -> spec.withId("notes-2")).getValue()).isEqualTo("Plan not shared with the child");
    HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-3")), Answer.NO);
    HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-4")), Answer.NOT_APPLICABLE);
    HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("answer-5")), "Safety plan seen, dated last month.");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-review")));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();

    openAs(TestUsers::auditor2, "dip-samples/review/" + task.getId());
    assertThat(_get(Span.class, spec -> spec.withId("task-unavailable")).getText()).isNotBlank();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLeadPublishesFindingsRunsItAgainAndTheComparisonShowsTheChange() {
    TestUsers.qm1();
    long first = dipSamples.launch(county.design(4, 21L));
    DipSampleFixtures.reviewTasks(tasks, first).forEach(t -> DipSampleFixtures.review(reviews, t, Answer.NO));
    Task findingsTask = DipSampleFixtures.task(tasks, first, "write-findings");
    openAs(TestUsers::qm1, "dip-samples/findings/" + findingsTask.getId());
    assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("question-results")))).isEqualTo(5);
    assertThat(_get(Paragraph.class, spec -> spec.withId("overall-compliance")).getText())
        .startsWith("4 of 4 files reviewed. Overall compliance 0 % (0–49 %; ")
        .as("every answer No: each file counted once").endsWith(" answers on 4 files, worth about 4 independent answers).");
    assertThat(_get(Paragraph.class, spec -> spec.withId("compliance-method")).getText())
        .contains("its 95 % interval counts each file as a cluster (a cluster-robust interval");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("publish-findings")));
    assertThat(_get(TextArea.class, spec -> spec.withId("findings")).isInvalid()).isTrue();
    NotificationsKt.clearNotifications();

    HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("findings")), "No file recorded the risk clearly.");
    HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withId("rerun")), RerunChoice.Mode.NOW);
    ButtonKt._click(_get(Button.class, spec -> spec.withId("publish-findings")));
    assertThat(_get(Paragraph.class, spec -> spec.withId("sample-findings")).getText())
        .isEqualTo("No file recorded the risk clearly.");
    NotificationsKt.clearNotifications();

    TestUsers.qm1();
    long second = dipSamples.details(first).nextRunId();
    DipSampleFixtures.reviewTasks(tasks, second).forEach(t -> DipSampleFixtures.review(reviews, t, Answer.YES));
    openAs(TestUsers::qm1, "dip-sample-comparison/" + second);
    Grid<SampleComparison.Row> table = _get(Grid.class, spec -> spec.withId("comparison-table"));
    assertThat(GridKt._size(table)).isEqualTo(5); // four questions and the overall row
    assertThat(GridKt._get(table, 0).change().difference()).isEqualTo(1.0);
    assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-summary")).getText())
        .contains("Overall: 0 % → 100 %, +100 points, yes");
    assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-method")).getText())
        .contains("The overall change is tested on the effective numbers of answers, each file counted as a cluster");
  }

  @Test
  void theLeadClosesTheReviewsEarlyFromTheSamplePageWithAReason() {
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(4, 31L));
    openAs(TestUsers::qm1, "dip-sample/" + id);
    TextArea reason = _get(TextArea.class, spec -> spec.withId("close-reason"));
    ButtonKt._click(_get(Button.class, spec -> spec.withId("close-early")));
    assertThat(reason.isInvalid()).isTrue();
    assertThat(DipSampleFixtures.reviewTasks(tasks, id)).hasSize(4);
    NotificationsKt.clearNotifications();

    HasValueUtilsKt._setValue(reason, "The pattern is already clear after the first visits.");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("close-early")));
    assertThat(DipSampleFixtures.reviewTasks(tasks, id)).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withId("sample-design")).getText())
        .contains("Status: findings being written.").contains("Reviews closed early: The pattern is already clear");
    com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.details.Details.class,
        spec -> spec.withId("close-early-panel")); // hidden once the reviews are closed
  }
}
