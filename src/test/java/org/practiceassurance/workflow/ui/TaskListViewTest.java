package org.practiceassurance.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.SavedTaskFilter;
import org.practiceassurance.workflow.SavedTaskFilters;
import org.practiceassurance.workflow.TaskSearch;
import org.practiceassurance.workflow.TaskSort;
import org.practiceassurance.workflow.TaskView;
import org.practiceassurance.workflow.WorkTask;
import org.practiceassurance.support.TestProcesses;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless: the task list's filters, counts, urgent rows, details and saved filters. */
@SpringBootTest
class TaskListViewTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired SavedTaskFilters filters;

  String first;
  String second;

  @AfterEach
  void close() {
    for (String key : new String[] {first, second}) {
      if (key != null) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
            .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
      }
    }
    BrowserlessUi.close();
  }

  @SuppressWarnings("unchecked")
  private static Grid<WorkTask> grid() {
    return _get(Grid.class, spec -> spec.withId("task-grid"));
  }

  @Test
  void theFilterNarrowsTheListToMatchingTasks() {
    String stamp = String.valueOf(System.nanoTime() % 1_000_000);
    first = "FLT-" + stamp + "-A";
    second = "FLT-" + stamp + "-B";
    TestProcesses.startTaskListTest(engine, first, "2031-01-01T16:00:00Z");
    TestProcesses.startTaskListTest(engine, second, "2031-01-02T16:00:00Z");
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");
    TextField filter = _get(TextField.class, spec -> spec.withId("task-filter"));

    HasValueUtilsKt._setValue(filter, "review " + first.toLowerCase());
    assertThat(GridKt._size(grid())).isEqualTo(1);
    assertThat(GridKt._get(grid(), 0).businessKey()).isEqualTo(first);
    assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).startsWith("Showing 1 of");

    HasValueUtilsKt._setValue(filter, "FLT-" + stamp);
    assertThat(GridKt._size(grid())).isEqualTo(2);

    HasValueUtilsKt._setValue(filter, "nothing-like-this");
    assertThat(_get(Span.class, spec -> spec.withText("No task matches the filter."))).isNotNull();
    assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).startsWith("Showing 0 of");

    HasValueUtilsKt._setValue(filter, "");
    assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).matches("\\d+ tasks?");
  }

  @Test
  void urgentWorkIsTheFirstRowBadgedAndCountedInTheTabsAndTheNavigation() {
    String team = "TV-" + System.nanoTime() % 1_000_000;
    first = "CH-" + team + "-1";
    second = "CH-" + team + "-2";
    TestProcesses.startTeamWork(engine, "Ordinary work", team, "SV", first, "team-manager:" + team, null, 50,
        "2020-01-01T10:00:00Z");
    TestProcesses.startTeamWork(engine, "Urgent: acknowledge child at risk", team, "SV", second, "team-manager:" + team,
        null, WorkTask.URGENT_PRIORITY, null);
    TestUsers.signIn("tm-" + team, List.of("team-manager"), "SV", team);
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");

    assertThat(GridKt._get(grid(), 0).name()).isEqualTo("Urgent: acknowledge child at risk");
    assertThat(GridKt._get(grid(), 0).isUrgent()).isTrue();
    assertThat(_get(Tab.class, spec -> spec.withId("view-urgent")).getLabel()).isEqualTo("Urgent (1)");
    assertThat(_get(Tab.class, spec -> spec.withId("view-my-work")).getLabel()).isEqualTo("My work (2)");
    assertThat(_get(Tab.class, spec -> spec.withId("view-overdue")).getLabel()).isEqualTo("Overdue (1)");
    assertThat(_get(Span.class, spec -> spec.withId("nav-badge-home")).getText()).isEqualTo("1 urgent");

    _get(Tabs.class, spec -> spec.withId("task-views")).setSelectedTab(_get(Tab.class, spec -> spec.withId("view-overdue")));
    assertThat(GridKt._size(grid())).isEqualTo(1);
    assertThat(GridKt._get(grid(), 0).name()).isEqualTo("Ordinary work");
  }

  @Test
  void aRowsButtonReachesItsTaskByIdAndATaskGoneMeanwhileIsSaidSo() {
    first = "RB-" + System.nanoTime() % 1_000_000;
    String instance = TestProcesses.startTaskListTest(engine, first, "2031-01-01T16:00:00Z").getId();
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");
    HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("task-filter")), first);
    TaskListView view = _get(TaskListView.class);
    String task = GridKt._get(grid(), 0).id();

    view.act(task, "claim");
    assertThat(GridKt._get(grid(), 0).assignee()).isEqualTo("auditor1");

    runtime.deleteProcessInstance(instance, "withdrawn while the list was open");
    NotificationsKt.clearNotifications();
    view.act(task, "complete");
    MockVaadin.clientRoundtrip(); // a notification joins the UI on the way to the browser
    assertThat(NotificationsKt.getNotifications()).singleElement()
        .satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo("This task has already been completed or withdrawn."));
    assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).as("the list shows the task gone")
        .startsWith("Showing 0 of");
  }

  @Test
  void theDetailsShowWhereTheCaseStandsWhenOpened() {
    first = "DW-" + System.nanoTime() % 1_000_000;
    TestProcesses.startTaskListTest(engine, first, "2031-01-01T16:00:00Z");
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");
    HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("task-filter")), first);
    _get(TaskListView.class).openDetails(GridKt._get(grid(), 0));

    Details whereItStands = _get(Details.class, spec -> spec.withId(ProcessDiagram.DETAILS_ID));
    assertThat(_find(OrderedList.class, spec -> spec.withId("process-steps"))).isEmpty();
    whereItStands.setOpened(true);

    List<String> steps = _find(_get(OrderedList.class, spec -> spec.withId("process-steps")), ListItem.class).stream()
        .map(ListItem::getText).toList();
    assertThat(steps).isNotEmpty();
    assertThat(steps.get(steps.size() - 1)).startsWith("Now: ");
    _get(Dialog.class, spec -> spec.withId("task-details")).close();
  }

  @Test
  void aCommentWrittenInTheDetailsIsListedThere() {
    first = "DT-" + System.nanoTime() % 1_000_000;
    TestProcesses.startTaskListTest(engine, first, "2031-01-01T16:00:00Z");
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");
    HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("task-filter")), first);
    TaskListView view = _get(TaskListView.class);
    view.openDetails(GridKt._get(grid(), 0));

    HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("task-new-comment")), "File is thin; ask for the plan.");
    _click(_get(Button.class, spec -> spec.withId("task-add-comment")));

    assertThat(_find(ListItem.class)).anyMatch(li -> li.getElement().getText().contains("File is thin; ask for the plan.")
        || li.getElement().getTextRecursively().contains("File is thin; ask for the plan."));
    _click(_get(Button.class, spec -> spec.withId("task-add-comment")));
    assertThat(_get(TextArea.class, spec -> spec.withId("task-new-comment")).getErrorMessage()).isEqualTo("Write the comment first.");
    _get(Dialog.class, spec -> spec.withId("task-details")).close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void choosingASavedFilterShowsTheListItKept() {
    first = "SF-" + System.nanoTime() % 1_000_000;
    TestProcesses.startTaskListTest(engine, first, "2020-01-01T16:00:00Z");
    TestUsers.auditor1();
    SavedTaskFilter kept = filters.save("Overdue " + first, TaskSearch.of(TaskView.OVERDUE).withText(first)
        .sortedBy(TaskSort.DUE, true), null);
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");

    ComboBox<SavedTaskFilter> saved = _get(ComboBox.class, spec -> spec.withId("task-saved-filters"));
    HasValueUtilsKt._setValue(saved, kept);
    _get(TaskListView.class).apply(kept.search()); // as a person's choice does (Karibu's value is not "from the client")

    assertThat(_get(Tabs.class, spec -> spec.withId("task-views")).getSelectedTab().getId()).hasValue("view-overdue");
    assertThat(_get(TextField.class, spec -> spec.withId("task-filter")).getValue()).isEqualTo(first);
    assertThat(GridKt._size(grid())).isEqualTo(1);
    assertThat(GridKt._get(grid(), 0).businessKey()).isEqualTo(first);
    assertThat(grid().getSortOrder()).singleElement().satisfies(o -> assertThat(o.getSorted().getKey()).isEqualTo("DUE"));
    filters.remove(kept.id());
  }
}
