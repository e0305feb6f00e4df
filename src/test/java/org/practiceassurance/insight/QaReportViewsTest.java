package org.practiceassurance.insight;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.insight.ui.QaReportVersionView;
import org.practiceassurance.insight.ui.QaReportView;
import org.practiceassurance.insight.ui.QaReportsView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless (Karibu, real access control, services and database): a quality manager opens a
 * month, writes, finds the draft again in a new session, is told what publishing needs and
 * publishes; a director reads it all but changes nothing; a second quality manager's newer draft
 * is shown beside the text kept on screen.
 */
@SpringBootTest
class QaReportViewsTest {

  @Autowired ApplicationContext context;
  @Autowired QaReports reports;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void teams() {
    InsightFixtures.teams(rosterImport);
  }

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private void open(Runnable signIn, String path) {
    BrowserlessUi.close();
    signIn.run();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate(path);
  }

  private static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  private static TextArea section(ReportSection section) {
    return byId(TextArea.class, "section-" + section.key());
  }

  @SuppressWarnings("unchecked")
  private static Grid<QaReportVersion.Header> versions() {
    return byId(Grid.class, "report-versions");
  }

  @Test
  void aQualityManagerWritesTheMonthFindsTheDraftAgainAndPublishes_aDirectorReadsOnly() {
    YearMonth july = YearMonth.of(2017, 7);
    new QaReportFixtures(jdbc).audits(3, Grade.GOOD, LocalDate.of(2017, 7, 12));
    open(TestUsers::qm1, "qa-reports/2017-07");

    NavigatorKt.expectView(QaReportView.class);
    assertThat(byId(Span.class, "draft-status").getText()).isEqualTo("No draft saved yet.");
    assertThat(byId(Html.class, "report-figures").getInnerHtml()).contains("Headline figures for July 2017")
        .contains("<td>100 % (3 of 3)</td>").contains("<svg");
    assertThat(byId(Div.class, "what-we-learnt-prompts").getElement().getTextRecursively()).contains("Moderation")
        .contains("No dip sample was completed this month.");
    HasValueUtilsKt._setValue(section(ReportSection.SUMMARY), "July: <all> three audits good.");
    assertThat(byId(Span.class, "draft-status").getText()).startsWith("Draft saved at ").endsWith(" by qm1.");
    HasValueUtilsKt._setValue(section(ReportSection.WHAT_WE_LEARNT), "Recording is stronger.");

    // closing the browser loses nothing
    open(TestUsers::qm1, "qa-reports/2017-07");
    assertThat(section(ReportSection.SUMMARY).getValue()).isEqualTo("July: <all> three audits good.");
    assertThat(section(ReportSection.WHAT_WE_LEARNT).getValue()).isEqualTo("Recording is stronger.");
    assertThat(byId(Span.class, "draft-status").getText()).startsWith("Draft saved ").contains("by qm1");
    assertThat(byId(Anchor.class, "preview-html").getHref()).isNotBlank();

    Button publish = byId(Button.class, "publish");
    assertThat(publish.getText()).isEqualTo("Publish version 1");
    ButtonKt._click(publish);
    TextArea nextSteps = section(ReportSection.NEXT_STEPS);
    assertThat(nextSteps.isInvalid()).isTrue();
    assertThat(nextSteps.getErrorMessage()).isEqualTo("Write the next steps before publishing.");
    assertThat(section(ReportSection.SUMMARY).isInvalid()).isFalse();
    assertThat(byId(Span.class, "form-message").getText()).startsWith("Nothing was published");
    assertThat(versions().getGenericDataView().getItems()).isEmpty();
    assertThat(section(ReportSection.SUMMARY).getValue()).as("nothing lost").isEqualTo("July: <all> three audits good.");

    HasValueUtilsKt._setValue(nextSteps, "Audit plans in August.");
    assertThat(nextSteps.isInvalid()).isFalse();
    ButtonKt._click(publish);
    NotificationsKt.expectNotifications("Version 1 of the QA report for July 2017 published.");
    assertThat(versions().getGenericDataView().getItems()).extracting(QaReportVersion.Header::version,
        QaReportVersion.Header::publishedBy).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "qm1"));
    assertThat(publish.getText()).isEqualTo("Publish version 2");
    assertThat(reports.version(july, 1).narrative().nextSteps()).isEqualTo("Audit plans in August.");

    // the list shows the month with its version and draft
    open(TestUsers::qm1, "qa-reports");
    NavigatorKt.expectView(QaReportsView.class);
    @SuppressWarnings("unchecked")
    Grid<QaReportSummary> list = byId(Grid.class, "qa-reports");
    assertThat(list.getGenericDataView().getItems()).filteredOn(s -> s.month().equals(july)).singleElement()
        .satisfies(s -> {
          assertThat(s.latestVersion()).isEqualTo(1);
          assertThat(s.draft().unpublishedChanges()).isFalse();
        });
    @SuppressWarnings("unchecked")
    Select<YearMonth> month = byId(Select.class, "report-month");
    month.setValue(YearMonth.now(InsightFixtures.UK).minusMonths(2));
    ButtonKt._click(byId(Button.class, "open-report"));
    NavigatorKt.expectView(QaReportView.class);

    // a director reads the draft and the published version, and can change neither
    open(QaReportFixtures::director1, "qa-reports/2017-07");
    NavigatorKt.expectView(QaReportView.class);
    assertThat(section(ReportSection.SUMMARY).isReadOnly()).isTrue();
    assertThatThrownBy(() -> HasValueUtilsKt._setValue(section(ReportSection.SUMMARY), "Director's words."))
        .isInstanceOf(IllegalStateException.class);
    _assertNone(Button.class, spec -> spec.withId("publish"));
    assertThat(byId(Span.class, "draft-status").getText()).startsWith("Read only: quality managers write this report.");
    open(QaReportFixtures::director1, "qa-reports/2017-07/versions/1");
    NavigatorKt.expectView(QaReportVersionView.class);
    assertThat(byId(Html.class, "report-body").getInnerHtml()).contains("July: &lt;all&gt; three audits good.")
        .contains("Version 1, published by qm1");
    assertThat(byId(Anchor.class, "version-pdf").getHref()).isNotBlank();
    assertThat(reports.version(july, 1).narrative().summary()).isEqualTo("July: <all> three audits good.");

    // an administrator sees the published versions, not the draft; an auditor nothing
    open(TestUsers::admin1, "qa-reports/2017-07");
    _assertNone(TextArea.class);
    assertThat(versions().getGenericDataView().getItems()).hasSize(1);
    BrowserlessUi.close();
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    assertThatThrownBy(() -> UI.getCurrent().navigate("qa-reports/2017-07")).isInstanceOf(MockAccessDeniedException.class);
    assertThatThrownBy(() -> UI.getCurrent().navigate("qa-reports")).isInstanceOf(MockAccessDeniedException.class);
  }

  @Test
  void whenSomeoneElseSavedANewerDraftTheScreenSaysSoKeepsTheTextAndLetsThemChoose() {
    YearMonth august = YearMonth.of(2017, 8);
    open(TestUsers::qm1, "qa-reports/2017-08");
    TextArea summary = section(ReportSection.SUMMARY);

    // meanwhile, in another session, qm2 writes the draft first
    QaReportFixtures.qm2();
    reports.saveDraft(august, 0, new Narrative("qm2's summary.", "", "", "", "qm2's next steps."));
    TestUsers.qm1();

    HasValueUtilsKt._setValue(summary, "qm1's summary, typed at the same time.");
    Span message = byId(Span.class, "draft-conflict-message");
    assertThat(message.getText()).startsWith("qm2 saved a newer draft at ")
        .contains("your text is kept below and has not been saved");
    assertThat(summary.getValue()).isEqualTo("qm1's summary, typed at the same time.");
    assertThat(byId(Div.class, "their-draft").getElement().getTextRecursively()).contains("qm2's summary.");
    assertThat(byId(Button.class, "publish").isEnabled()).isFalse();
    assertThat(byId(Span.class, "draft-status").getText()).isEqualTo("Not saved.");
    NotificationsKt.clearNotifications();
    assertThat(reports.draft(august).narrative().summary()).isEqualTo("qm2's summary.");

    // typing on keeps the text on screen and saves nothing until they choose
    HasValueUtilsKt._setValue(section(ReportSection.NEXT_STEPS), "qm1's next steps.");
    assertThat(reports.draft(august).narrative().nextSteps()).isEqualTo("qm2's next steps.");

    ButtonKt._click(byId(Button.class, "keep-mine"));
    assertThat(_find(Div.class, spec -> spec.withId("draft-conflict"))).as("the warning goes").isEmpty();
    assertThat(byId(Span.class, "draft-status").getText()).startsWith("Draft saved at ");
    QaReportDraft saved = reports.draft(august);
    assertThat(saved.narrative().summary()).isEqualTo("qm1's summary, typed at the same time.");
    assertThat(saved.narrative().nextSteps()).isEqualTo("qm1's next steps.");
    assertThat(saved.savedBy()).isEqualTo("qm1");

    // and the other way: qm2 saves again, qm1 takes theirs
    QaReportFixtures.qm2();
    reports.saveDraft(august, saved.version(), saved.narrative().with(ReportSection.SUMMARY, "qm2 again."));
    TestUsers.qm1();
    HasValueUtilsKt._setValue(section(ReportSection.DIFFERENCE_MADE), "Some difference.");
    ButtonKt._click(byId(Button.class, "take-theirs"));
    assertThat(section(ReportSection.SUMMARY).getValue()).isEqualTo("qm2 again.");
    assertThat(section(ReportSection.DIFFERENCE_MADE).getValue()).isEmpty();
    HasValueUtilsKt._setValue(section(ReportSection.DIFFERENCE_MADE), "A difference, on their draft.");
    assertThat(reports.draft(august).narrative().summary()).isEqualTo("qm2 again.");
    assertThat(reports.draft(august).narrative().differenceMade()).isEqualTo("A difference, on their draft.");
  }
}
