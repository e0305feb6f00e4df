package org.practiceassurance.indicator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceassurance.indicator.IndicatorFixtures.exceptions;
import static org.practiceassurance.indicator.IndicatorFixtures.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.indicator.ui.IndicatorsView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless: a quality manager imports values and an exception list through the page and reads
 * the reports; the six months show each value with its RAG word; a head of service picks only among
 * their service and its teams, a team manager sees their team; others cannot open the page.
 */
@SpringBootTest
class IndicatorsViewTest {

  @Autowired ApplicationContext context;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void county() {
    IndicatorFixtures.reset(jdbc);
    IndicatorFixtures.county(rosterImport);
  }

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private void openAs(Runnable signIn) {
    signIn.run();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("indicators");
    NavigatorKt.expectView(IndicatorsView.class);
  }

  private static void hos1() {
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
  }

  private static String text(String id) {
    return _get(Span.class, spec -> spec.withId(id)).getText();
  }

  private static void upload(String id, String fileName, String content) {
    UploadKt._upload(_get(Upload.class, spec -> spec.withId(id)), fileName, "text/csv",
        content.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<Scope> scopePicker() {
    return _get(ComboBox.class, spec -> spec.withId("scope-picker"));
  }

  @SuppressWarnings("unchecked")
  private static <T> Grid<T> grid(String id) {
    return _get(Grid.class, spec -> spec.withId(id));
  }

  @Test
  void aQualityManagerImportsThroughThePageAndReadsTheReportsAndTheMonths() {
    openAs(TestUsers::qm1);

    upload("values-upload", "march.csv", values(
        "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,17,20",
        "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-02,74.9,,",
        "SUPERVISION_IN_TIME,CF-STR-1,2025-03,105,,"));

    assertThat(text("values-rows-read")).isEqualTo("Rows read: 3");
    assertThat(text("values-created")).isEqualTo("Created: 2");
    assertThat(text("values-updated")).isEqualTo("Updated: 0");
    assertThat(text("values-unchanged")).isEqualTo("Unchanged: 0");
    assertThat(_get(com.vaadin.flow.component.html.H4.class, spec -> spec.withId("values-rejected-heading")).getText())
        .isEqualTo("1 row was not imported");
    assertThat(IndicatorsViewTest.<RejectedLine>grid("values-rejected").getGenericDataView().getItems()).containsExactly(
        new RejectedLine(4, "SUPERVISION_IN_TIME,CF-STR-1,2025-03,105,,",
            "Value 105 is outside 0 to 100 (SUPERVISION_IN_TIME is a percentage)."));

    upload("exceptions-upload", "lists.csv", exceptions(
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-03,Last seen 01/02/2025",
        "NOT_SEEN_IN_TIMESCALE,CF-404,CF-STR-1,2025-03,"));
    assertThat(text("exceptions-created")).isEqualTo("Created: 1");
    assertThat(text("exceptions-removed")).isEqualTo("Removed: 0");
    assertThat(IndicatorsViewTest.<RejectedLine>grid("exceptions-rejected").getGenericDataView().getItems())
        .extracting(RejectedLine::lineNumber, RejectedLine::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Child reference CF-404 is not on the roster."));

    ComboBox<Scope> picker = scopePicker();
    picker.setValue(picker.getGenericDataView().getItems().filter(s -> s.code().equals("CF-STR-1")).findFirst()
        .orElseThrow());
    assertThat(text("indicator-period")).isEqualTo(
        "The six months to March 2025 for Team: Children & Families Stroud 1 (CF-STR-1).");
    Grid<IndicatorSeries> months = grid("indicator-values");
    assertThat(months.getColumns()).extracting(Grid.Column::getKey).containsExactly("name", "target", "2024-10",
        "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "change");
    assertThat(GridKt._getFormatted(months, 0, "name")).isEqualTo("Assessments completed within 45 days");
    assertThat(GridKt._getFormatted(months, 0, "target")).isEqualTo("≥ 85 %");
    Span march = (Span) GridKt._getCellComponent(months, 0, "2025-03");
    assertThat(march.getText()).isEqualTo("85 % Green");
    assertThat(march.getElement().getThemeList()).contains("badge", "success");
    Span february = (Span) GridKt._getCellComponent(months, 0, "2025-02");
    assertThat(february.getText()).isEqualTo("74.9 % Red");
    assertThat(february.getElement().getThemeList()).contains("badge", "error");
    assertThat(((Span) GridKt._getCellComponent(months, 0, "2025-01")).getText()).isEqualTo("No data");
    assertThat(GridKt._getFormatted(months, 0, "change")).isEqualTo("Better (+10.1)");

    assertThat(_get(H3.class, spec -> spec.withId("exceptions-heading")).getText())
        .isEqualTo("Children on exception lists, March 2025 (1)");
    Grid<ChildException> children = grid("exception-grid");
    assertThat(GridKt._getFormattedRow(children, 0)).containsExactly("Children not seen within timescale", "CF-1",
        "Ann Test", "CP", "sw1", "CF-STR-1", "Last seen 01/02/2025");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theChildrenOnExceptionListsAreNarrowedSortedAndCounted() {
    jdbc.update("""
        insert into pa.indicator_exception (list_code, child_reference, team_code, month, service_code, locality, detail,
                                            imported_at, imported_by)
        values ('NOT_SEEN_IN_TIMESCALE', 'CF-1', 'CF-STR-1', '2025-03-01', 'CF', 'Stroud', 'Last seen 01/02/2025', now(), 'qm1'),
               ('ASSESSMENT_OVER_45_DAYS', 'CF-2', 'CF-STR-1', '2025-03-01', 'CF', 'Stroud', 'Day 61', now(), 'qm1'),
               ('ASSESSMENT_OVER_45_DAYS', 'CF-3', 'CF-STR-1', '2025-03-01', 'CF', 'Stroud', 'Day 50', now(), 'qm1')
        """);
    openAs(TestUsers::tm1);
    H3 heading = _get(H3.class, spec -> spec.withId("exceptions-heading"));
    assertThat(heading.getText()).isEqualTo("Children on exception lists, March 2025 (3)");
    Grid<Object> children = grid("exception-grid");
    assertThat(GridKt._getFormattedRow(children, 0)).containsExactly("Children not seen within timescale", "CF-1",
        "Ann Test", "CP", "sw1", "CF-STR-1", "Last seen 01/02/2025");

    ComboBox<ExceptionList> list = _get(ComboBox.class, spec -> spec.withId("exception-list-filter"));
    list.setValue(list.getGenericDataView().getItems().filter(l -> l.code().equals("ASSESSMENT_OVER_45_DAYS"))
        .findFirst().orElseThrow());
    assertThat(_get(H3.class, spec -> spec.withId("exceptions-heading")).getText())
        .isEqualTo("Children on exception lists, March 2025 (2)");
    children.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(children.getColumnByKey("child"),
        com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
    assertThat(GridKt._getFormatted(children, 0, "child")).isEqualTo("CF-3");
    _get(TextField.class, spec -> spec.withId("exception-child-filter")).setValue("cf-2");
    assertThat(GridKt._size(children)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(children, 0)).containsExactly("Assessments over 45 days", "CF-2", "Ben Test",
        "CP", "sw1", "CF-STR-1", "Day 61");
  }

  @Test
  void aBrokenFileIsExplainedAndChangesNothing() {
    openAs(TestUsers::qm1);

    upload("values-upload", "export.csv", "team,score\nCF-STR-1,85\n");

    Div error = _get(Div.class, spec -> spec.withId("values-error"));
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).isEqualTo("export.csv was not imported: The header row lacks the required columns"
        + " indicator, month, value. Expected columns: indicator,team,month,value,numerator,denominator.");
    assertThat(jdbc.queryForObject("select count(*) from pa.indicator_value", Integer.class)).isZero();
  }

  @Test
  void aHeadOfServiceChoosesOnlyAmongTheirServiceAndItsTeamsAndImportsNothing() {
    openAs(IndicatorsViewTest::hos1);

    ComboBox<Scope> picker = scopePicker();
    assertThat(picker.getGenericDataView().getItems()).extracting(Scope::label).containsExactly(
        "Service: Children & Families (CF)",
        "Team: Children & Families Gloucester 1 (CF-GLO-1)",
        "Team: Children & Families Stroud 1 (CF-STR-1)",
        "Team: Children & Families Stroud 2 (CF-STR-2)");
    assertThat(picker.getValue()).isEqualTo(new Scope(ScopeLevel.SERVICE, "CF", "Children & Families"));
    assertThat(text("indicator-period")).isEqualTo("No values imported for Service: Children & Families (CF) yet.");
    _assertNone(Upload.class);
  }

  @Test
  void aTeamManagerSeesTheirTeamOnly() {
    openAs(TestUsers::tm1);

    assertThat(scopePicker().getGenericDataView().getItems()).extracting(Scope::code).containsExactly("CF-STR-1");
    assertThat(scopePicker().getValue().code()).isEqualTo("CF-STR-1");
    _assertNone(Upload.class);
  }

  @Test
  void auditorsAndSocialWorkersCannotOpenThePage() {
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    assertThatThrownBy(() -> UI.getCurrent().navigate("indicators")).isInstanceOf(MockAccessDeniedException.class);
    BrowserlessUi.close();

    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    BrowserlessUi.open(context);
    assertThatThrownBy(() -> UI.getCurrent().navigate("indicators")).isInstanceOf(MockAccessDeniedException.class);
  }
}
