package org.practiceassurance.dipsample;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.dipsample.ui.ThemesView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless (Karibu, real access control, real services and database): a quality manager reads
 * the library, writes a new version of Protection and a new theme; a bad row is explained beside
 * the field and the edit is kept; a director reads but gets no way to edit. What this test
 * publishes is removed afterwards, so other tests see Protection's five starter questions.
 */
@SpringBootTest
class ThemesViewTest {

  @Autowired ApplicationContext context;
  @Autowired QuestionLibrary library;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
    String mine = "(theme_code = 'PROTECTION' and version > 1) or theme_code like 'TEST\\_VIEW\\_%'";
    jdbc.update("delete from pa.dip_question where question_set_id in (select id from pa.dip_question_set where "
        + mine + ")");
    jdbc.update("delete from pa.dip_question_set where " + mine);
    jdbc.update("delete from pa.dip_theme where code like 'TEST\\_VIEW\\_%'");
  }

  private void openAs(Runnable signIn) {
    signIn.run();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("dip-samples/themes");
    NavigatorKt.expectView(ThemesView.class);
  }

  private static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  private static void click(String id) {
    ButtonKt._click(byId(Button.class, id));
  }

  @SuppressWarnings("unchecked")
  private static Grid<Theme> themeGrid() {
    return byId(Grid.class, "theme-grid");
  }

  @SuppressWarnings("unchecked")
  private static List<Question> shownQuestions() {
    Grid<Question> grid = byId(Grid.class, "question-grid");
    return grid.getGenericDataView().getItems().toList();
  }

  private static Theme row(String code) {
    return themeGrid().getGenericDataView().getItems().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }

  private static void selectTheme(String code) {
    GridKt._select(themeGrid(), row(code));
  }

  @SuppressWarnings("unchecked")
  private static Select<AnswerType> typeOf(int row) {
    return byId(Select.class, "question-type-" + row);
  }

  @Test
  void aQualityManagerAddsAQuestionToProtectionAndPublishesVersionTwo() {
    int before = library.latest("PROTECTION").version();
    QuestionSet v1 = library.questionSet(library.versions("PROTECTION").get(before - 1).id());
    openAs(TestUsers::qm1);

    assertThat(themeGrid().getGenericDataView().getItems().map(Theme::name))
        .contains("Protection", "Management oversight", "Return home interviews", "Pathway plans", "The child's voice");
    selectTheme("PROTECTION");
    assertThat(byId(H3.class, "theme-title").getText()).isEqualTo("Protection (PROTECTION)");
    assertThat(shownQuestions()).hasSize(5);

    click("edit-version");
    assertThat(byId(TextArea.class, "question-text-4").getValue()).isEqualTo(v1.questions().get(4).text());
    assertThat(typeOf(4).getValue()).isEqualTo(AnswerType.TEXT);
    click("add-question");
    byId(TextArea.class, "question-text-5").setValue("Has an exploitation screening been completed where there are indicators?");
    byId(TextArea.class, "question-guidance-5").setValue("Yes when the screening tool is on file and dated.");
    click("move-up-5"); // above the free-text question, which stays last
    assertThat(byId(TextArea.class, "question-text-4").getValue()).startsWith("Has an exploitation screening");
    assertThat(typeOf(5).getValue()).isEqualTo(AnswerType.TEXT);
    Button publish = byId(Button.class, "publish-version");
    assertThat(publish.getText()).isEqualTo("Publish version " + (before + 1));
    click("publish-version");

    NotificationsKt.expectNotifications("Version " + (before + 1) + " of Protection published.");
    assertThat(row("PROTECTION").latestVersion()).isEqualTo(before + 1);
    assertThat(row("PROTECTION").questionCount()).isEqualTo(6);
    assertThat(themeGrid().asSingleSelect().getValue().code()).isEqualTo("PROTECTION");
    @SuppressWarnings("unchecked")
    Select<QuestionSet> picker = byId(Select.class, "version-picker");
    assertThat(picker.getValue().version()).isEqualTo(before + 1);
    assertThat(shownQuestions()).extracting(Question::position).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(shownQuestions().get(4).text()).startsWith("Has an exploitation screening");
    assertThat(shownQuestions().get(5).answerType()).isEqualTo(AnswerType.TEXT);

    picker.setValue(picker.getListDataView().getItems().filter(s -> s.version() == 1).findFirst().orElseThrow());
    assertThat(shownQuestions()).as("version 1 is still there, unchanged").isEqualTo(
        library.versions("PROTECTION").get(library.versions("PROTECTION").size() - 1).questions());
    assertThat(shownQuestions()).hasSize(5);
  }

  @Test
  void aBlankQuestionIsMarkedBesideItsFieldAndTheEditIsKept() {
    int before = library.latest("PROTECTION").version();
    openAs(TestUsers::qm1);
    selectTheme("PROTECTION");
    click("edit-version");
    click("remove-question-0");
    assertThat(_find(TextArea.class, spec -> spec.withId("question-text-4"))).as("one row fewer").isEmpty();
    byId(TextArea.class, "question-text-0").setValue("Is the risk to the child analysed, not only listed?");
    byId(TextArea.class, "question-text-1").setValue("   ");

    click("publish-version");

    TextArea blank = byId(TextArea.class, "question-text-1");
    assertThat(blank.isInvalid()).isTrue();
    assertThat(blank.getErrorMessage()).isEqualTo("Write the question.");
    assertThat(byId(TextArea.class, "question-text-0").isInvalid()).isFalse();
    assertThat(byId(TextArea.class, "question-text-0").getValue()).as("the edit is kept")
        .isEqualTo("Is the risk to the child analysed, not only listed?");
    assertThat(_find(TextArea.class, spec -> spec.withId("question-text-3"))).hasSize(1);
    assertThat(byId(Span.class, "editor-message").getText()).contains("Nothing was saved");
    assertThat(library.latest("PROTECTION").version()).isEqualTo(before);

    blank.setValue("Was a strategy discussion held without delay?");
    click("publish-version");
    NotificationsKt.expectNotifications("Version " + (before + 1) + " of Protection published.");
    assertThat(shownQuestions()).hasSize(4);
  }

  @Test
  void anEditOvertakenBySomeoneElsesPublicationIsRefusedAndKept() {
    int before = library.latest("PROTECTION").version();
    openAs(TestUsers::qm1);
    selectTheme("PROTECTION");
    click("edit-version");
    byId(TextArea.class, "question-text-0").setValue("My rewording of the first question");

    List<NewQuestion> theirs = library.latest("PROTECTION").questions().stream().map(Question::asNew)
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    theirs.add(new NewQuestion("Their new question", AnswerType.YES_PARTLY_NO_NA, ""));
    library.publishVersion("PROTECTION", theirs); // another quality manager, in another window
    click("publish-version");

    assertThat(byId(Span.class, "editor-message").getText()).contains("while you were editing version " + before);
    assertThat(byId(TextArea.class, "question-text-0").getValue()).isEqualTo("My rewording of the first question");
    assertThat(library.latest("PROTECTION").version()).isEqualTo(before + 1);

    click("cancel-edit");
    assertThat(row("PROTECTION").latestVersion()).isEqualTo(before + 1);
    assertThat(shownQuestions()).extracting(Question::text).contains("Their new question");
  }

  @Test
  void aQualityManagerCreatesATheme() {
    openAs(TestUsers::qm1);
    click("new-theme");
    byId(TextField.class, "theme-code").setValue("no spaces");
    byId(TextField.class, "theme-name").setValue("Child exploitation (view test)");
    byId(TextArea.class, "question-text-0").setValue("Was an exploitation screening completed?");

    click("create-theme");
    assertThat(byId(TextField.class, "theme-code").isInvalid()).isTrue();
    assertThat(byId(TextField.class, "theme-code").getErrorMessage()).contains("letters, digits or underscores");
    assertThat(byId(TextField.class, "theme-name").getValue()).isEqualTo("Child exploitation (view test)");

    byId(TextField.class, "theme-code").setValue("test_view_exploitation");
    click("create-theme");

    NotificationsKt.expectNotifications("Theme Child exploitation (view test) created with 1 question.");
    assertThat(themeGrid().asSingleSelect().getValue()).extracting(Theme::code, Theme::latestVersion, Theme::questionCount)
        .containsExactly("TEST_VIEW_EXPLOITATION", 1, 1);
    assertThat(shownQuestions()).extracting(Question::text).containsExactly("Was an exploitation screening completed?");
  }

  @Test
  void aDirectorReadsTheLibraryButCannotEditIt() {
    openAs(() -> TestUsers.signIn("director1", List.of("director"), null, null));

    assertThat(themeGrid().getGenericDataView().getItems().map(Theme::code)).contains("PROTECTION", "RE_REFERRALS");
    selectTheme("RE_REFERRALS");
    assertThat(shownQuestions()).isNotEmpty();
    assertThat(shownQuestions()).extracting(q -> q.answerType().label()).contains("Number", "Yes / Partly / No / N/A", "Text");

    _assertNone(Button.class, spec -> spec.withId("edit-version"));
    _assertNone(Button.class, spec -> spec.withId("new-theme"));
    _assertNone(Button.class, spec -> spec.withId("publish-version"));
  }
}
