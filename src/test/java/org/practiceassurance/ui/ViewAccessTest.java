package org.practiceassurance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.ui.StartAuditView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.ProcessOverview;
import org.practiceassurance.workflow.ui.ProcessOverviewView;
import org.practiceassurance.workflow.ui.TaskListView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless: each route lets in the roles it names and nobody else; the menu shows only what one may open. */
@SpringBootTest
class ViewAccessTest {

  @Autowired ApplicationContext context;

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private void openAs(Runnable signIn) {
    signIn.run();
    BrowserlessUi.open(context);
  }

  @Test
  void anAuditorLandsOnTheirTaskListWithTheirNameShown() {
    openAs(TestUsers::auditor1);

    UI.getCurrent().navigate("");

    NavigatorKt.expectView(TaskListView.class);
    assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).contains("auditor1").contains("auditor");
  }

  @Test
  void anAuditorCannotOpenTheQualityManagersOrTheAdministratorsViews() {
    openAs(TestUsers::auditor1);

    assertThatThrownBy(() -> UI.getCurrent().navigate("audits/start")).isInstanceOf(MockAccessDeniedException.class);
    _assertNone(StartAuditView.class);

    assertThatThrownBy(() -> UI.getCurrent().navigate("admin/processes")).isInstanceOf(MockAccessDeniedException.class);
    _assertNone(ProcessOverviewView.class);
  }

  @Test
  void aQualityManagerCanStartAnAuditButNotAdministerProcesses() {
    openAs(TestUsers::qm1);

    UI.getCurrent().navigate("audits/start");
    NavigatorKt.expectView(StartAuditView.class);

    assertThatThrownBy(() -> UI.getCurrent().navigate("admin/processes")).isInstanceOf(MockAccessDeniedException.class);
    _assertNone(ProcessOverviewView.class);
  }

  @Test
  void anAdministratorSeesTheProcessesWithTheirHistoryTimeToLive() {
    openAs(TestUsers::admin1);

    UI.getCurrent().navigate("admin/processes");

    NavigatorKt.expectView(ProcessOverviewView.class);
    @SuppressWarnings("unchecked")
    Grid<ProcessOverview> grid = _get(Grid.class, spec -> spec.withId("process-grid"));
    assertThat(grid.getGenericDataView().getItems())
        .anySatisfy(p -> {
          assertThat(p.key()).isEqualTo("case-file-audit");
          assertThat(p.historyTimeToLive()).isEqualTo("2190 days");
        });
  }

  @Test
  void theMenuListsOnlyTheViewsThePersonMayOpen() {
    openAs(TestUsers::auditor1);
    UI.getCurrent().navigate("");
    assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
        .containsExactly("My tasks", "Audits", "Actions", "Dip samples", "Cases of Concern");
    BrowserlessUi.close();

    openAs(TestUsers::qm1);
    UI.getCurrent().navigate("");
    assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
        .containsExactly("My tasks", "Audits", "Start an audit", "Audit programme", "Import roster", "Case files",
            "Actions", "Dip samples", "Dip-sample themes", "Surgeries", "Cases of Concern", "Performance indicators",
            "Dashboards", "Triangulation", "QA reports");
    BrowserlessUi.close();

    openAs(() -> TestUsers.signIn("director1", List.of("director"), null, null));
    UI.getCurrent().navigate("");
    assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).endsWith("QA reports");
    BrowserlessUi.close();

    openAs(TestUsers::admin1);
    UI.getCurrent().navigate("");
    assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("QA reports");
  }

  @Test
  void nobodySignedInSeesNoView() {
    openAs(TestUsers::signOut);

    UI.getCurrent().navigate("");

    _assertNone(TaskListView.class);
  }
}
