package org.practiceassurance.insight;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.casefile.Rosters;
import org.practiceassurance.insight.ui.TriangulationView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless: a quality manager reads every team's RAG and, choosing a red team, the inputs the
 * decision table was given and why; a head of service sees their service's teams only; an auditor
 * cannot open the page.
 */
@SpringBootTest
class TriangulationViewTest {

  @Autowired ApplicationContext context;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void aRedTeamThisMonth() {
    TestUsers.qm1();
    rosterImport.importCsv(Rosters.stream(Rosters.csv(
        "TRV-1,Ann View,2015-01-01,CP,CF,CF-TRV-1,Cotswold,sw.trv-1,tm.trv-1,2015-06-10",
        "TRV-2,Ben View,2015-01-01,CP,RA,RA-TRV-1,Cotswold,sw.trv-2,tm.trv-2,2015-06-10")), false);
    TestUsers.signOut();
    InsightFixtures rows = new InsightFixtures(jdbc);
    LocalDate today = LocalDate.now(InsightFixtures.UK);
    rows.audit("CF-TRV-1", "auditor1", "CLOSED", Grade.INADEQUATE, Grade.INADEQUATE, InsightFixtures.noon(today.withDayOfMonth(1)), null);
    rows.audit("CF-TRV-1", "auditor1", "CLOSED", Grade.GOOD, Grade.GOOD, InsightFixtures.noon(today.withDayOfMonth(1)), null);
    rows.audit("CF-TRV-1", "auditor2", "CLOSED", Grade.GOOD, Grade.GOOD, InsightFixtures.noon(today.withDayOfMonth(1)), null);
  }

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private void openAs(Runnable signIn) {
    signIn.run();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("triangulation");
    NavigatorKt.expectView(TriangulationView.class);
  }

  @SuppressWarnings("unchecked")
  private static Grid<TeamPicture> grid() {
    return _get(Grid.class, spec -> spec.withId("triangulation-grid"));
  }

  @Test
  void aQualityManagerSeesEveryTeamsRagAndWhyARedTeamIsRed() {
    openAs(TestUsers::qm1);

    List<TeamPicture> rows = grid().getGenericDataView().getItems().toList();
    TeamPicture red = rows.stream().filter(t -> t.teamCode().equals("CF-TRV-1")).findFirst().orElseThrow();
    int index = rows.indexOf(red);
    assertThat(GridKt._getFormattedRow(grid(), index)).contains("CF-TRV-1 · Cotswold", "Inadequate audits above the target")
        .anySatisfy(cell -> assertThat(cell).contains("3 audits").contains("33 % inadequate"));
    assertThat(_get(Span.class, spec -> spec.withId("rag-summary")).getText()).contains("teams in the whole county")
        .containsPattern("\\d+ red");

    grid().select(red);

    assertThat(_get(UnorderedList.class, spec -> spec.withId("team-inputs")).getElement().getTextRecursively())
        .contains("Audits graded: 3 (percentages judged from 3)").contains("Inadequate audits: 33 % (target at most 12 %)")
        .contains("Good or better audits: 67 % (target at least 42 %)");
    assertThat(_get(UnorderedList.class, spec -> spec.withId("team-reasons")).getElement().getTextRecursively())
        .isEqualTo("Inadequate audits above the target");
  }

  @Test
  void aHeadOfServiceSeesTheirServiceOnlyAndAnAuditorNothing() {
    openAs(() -> TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null));
    assertThat(grid().getGenericDataView().getItems()).isNotEmpty()
        .allSatisfy(t -> assertThat(t.serviceCode()).isEqualTo("CF"))
        .noneSatisfy(t -> assertThat(t.teamCode()).isEqualTo("RA-TRV-1"));
    BrowserlessUi.close();

    TestUsers.auditor1();
    BrowserlessUi.open(context);
    assertThatThrownBy(() -> UI.getCurrent().navigate("triangulation")).isInstanceOf(MockAccessDeniedException.class);
    _assertNone(TriangulationView.class);
  }
}
