package org.practiceassurance.insight;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.casefile.Rosters;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.insight.ui.DashboardView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.ui.ChartPanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless: a quality manager narrows the dashboards to one team and reads this month's grades,
 * headline and table; a value of the table opens the audits behind it; a head of service's and a
 * team manager's dashboards are fixed to their scope.
 */
@SpringBootTest
class DashboardViewTest {

  @Autowired ApplicationContext context;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void threeAuditsThisMonth() {
    TestUsers.qm1();
    rosterImport.importCsv(Rosters.stream(Rosters.csv(
        "DBV-1,Ann Dash,2015-01-01,CP,CF,CF-DBV-1,Tewkesbury,sw.dbv-1,tm.dbv-1,2015-06-10",
        "DBV-2,Ben Dash,2015-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2015-06-10")), false);
    TestUsers.signOut();
    if (jdbc.queryForObject("select count(*) from pa.audit where team_code = 'CF-DBV-1'", Long.class) == 0) {
      InsightFixtures rows = new InsightFixtures(jdbc);
      LocalDate first = LocalDate.now(InsightFixtures.UK).withDayOfMonth(1);
      rows.audit("CF-DBV-1", "auditor1", "CLOSED", Grade.GOOD, Grade.GOOD, InsightFixtures.noon(first), null);
      rows.audit("CF-DBV-1", "auditor1", "CLOSED", Grade.INADEQUATE, Grade.INADEQUATE, InsightFixtures.noon(first), null);
      rows.audit("CF-DBV-1", "auditor2", "AWAITING_ACTIONS", Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE,
          InsightFixtures.noon(first), "Graded Inadequate");
    }
  }

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private void openAs(Runnable signIn) {
    signIn.run();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("dashboards");
    NavigatorKt.expectView(DashboardView.class);
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<Team> teamPicker() {
    return _get(ComboBox.class, spec -> spec.withId("filter-team"));
  }

  private static String text(String id) {
    return _get(Paragraph.class, spec -> spec.withId(id)).getText();
  }

  @Test
  void aQualityManagerReadsOneTeamsMonthAndOpensTheAuditsBehindAValue() {
    openAs(TestUsers::qm1);
    ComboBox<Team> team = teamPicker();
    team.setValue(team.getListDataView().getItems().filter(t -> t.code().equals("CF-DBV-1")).findFirst().orElseThrow());

    ChartPanel grades = _get(ChartPanel.class, spec -> spec.withId("grades"));
    var data = grades.getData().orElseThrow();
    assertThat(data.categories()).hasSize(12).last().isEqualTo(java.time.format.DateTimeFormatter
        .ofPattern("MMM yyyy", java.util.Locale.UK).format(YearMonth.now(InsightFixtures.UK)));
    assertThat(data.series()).extracting(s -> s.name()).startsWith("Outstanding", "Good", "Requires improvement", "Inadequate");
    assertThat(data.series().get(1).values().get(11)).as("1 of 3, to one decimal place").isEqualTo(33.3);
    assertThat(data.series().get(3).values().get(11)).isEqualTo(66.7);
    assertThat(data.series().get(0).values().get(10)).as("no audits last month").isNull();
    assertThat(data.targets()).as("the inadequate ceiling drawn down from the top of the bars, where inadequate sits")
        .extracting(t -> t.value()).containsExactly(42.0, 88.0);
    assertThat(text("grades-headline")).isEqualTo("3 audits graded. Good or better: 33 % (target at least 42 %: not met). "
        + "Inadequate: 67 % (target at most 12 %: not met).");

    ButtonKt._click(_get(Button.class, spec -> spec.withId("grades-toggle")));
    NativeTable table = _get(NativeTable.class, spec -> spec.withId("grades-table"));
    assertThat(table.getHead().getRow(0).orElseThrow().getChildren().map(c -> c.getElement().getText()).toList())
        .startsWith("Month", "Audits graded", "Outstanding", "Good", "Requires improvement", "Inadequate");
    NativeTableRow thisMonth = table.getBody().getRow(11).orElseThrow();
    assertThat(thisMonth.getChildren().map(c -> c.getElement().getTextRecursively()).toList()).as("counts with the shares")
        .startsWith(data.categories().get(11), "3", "0 (0 %)", "1 (33.3 %)", "0 (0 %)", "2 (66.7 %)");
    assertThat(table.getBody().getRow(10).orElseThrow().getChildren().map(c -> c.getElement().getTextRecursively())
        .toList()).as("no audits last month").startsWith(data.categories().get(10), "0", "0", "0", "0", "0");
    NativeButton inadequate = _get(NativeButton.class, spec -> spec.withId("grades-cell-3-11"));
    assertThat(inadequate.getText()).isEqualTo("2 (66.7 %)");
    ButtonKt._click(inadequate);

    Dialog behind = _get(Dialog.class, spec -> spec.withId("behind-dialog"));
    assertThat(behind.getHeaderTitle()).startsWith("Inadequate audits submitted in");
    assertThat(_get(Paragraph.class, spec -> spec.withId("behind-count")).getText()).isEqualTo("2 audits.");
    @SuppressWarnings("unchecked")
    Grid<AuditRow> rows = _get(Grid.class, spec -> spec.withId("behind-grid"));
    assertThat(rows.getGenericDataView().getItems()).extracting(AuditRow::finalGrade).containsOnly(Grade.INADEQUATE);
    ButtonKt._click(_get(Button.class, spec -> spec.withId("behind-close")));

    assertThat(text("moderation-headline")).startsWith("1 of 3 audits chosen for moderation");
    _get(Grid.class, spec -> spec.withId("auditor-grid"));
    assertThat(_get(Anchor.class, spec -> spec.withId("export-audits")).getText()).isEqualTo("Download audits.csv");
  }

  @Test
  void aHeadOfServiceAndATeamManagerHaveTheirOwnScopeOnly() {
    openAs(() -> TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null));
    @SuppressWarnings("unchecked")
    ComboBox<org.practiceassurance.casefile.OrgService> service = _get(ComboBox.class, spec -> spec.withId("filter-service"));
    assertThat(service.getValue().code()).isEqualTo("RA");
    assertThat(service.isReadOnly()).isTrue();
    assertThat(teamPicker().getListDataView().getItems()).allSatisfy(t -> assertThat(t.serviceCode()).isEqualTo("RA"));
    assertThat(_get(ChartPanel.class, spec -> spec.withId("grades")).getData().orElseThrow().title()).contains("RA");
    _assertNone(Grid.class, spec -> spec.withId("auditor-grid"));
    BrowserlessUi.close();

    openAs(TestUsers::tm1);
    assertThat(teamPicker().getValue().code()).isEqualTo("CF-STR-1");
    assertThat(teamPicker().isReadOnly()).isTrue();
    assertThat(_get(ChartPanel.class, spec -> spec.withId("grades")).getData().orElseThrow().title()).contains("CF-STR-1");
  }
}
