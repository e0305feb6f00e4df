package org.practiceassurance.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestProcesses;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless: the task list's filter narrows a long list to the tasks whose text has every word typed. */
@SpringBootTest
class TaskListViewTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;

  String first;
  String second;

  @AfterEach
  void close() {
    for (String key : new String[] {first, second}) {
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    }
    BrowserlessUi.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFilterNarrowsTheListToMatchingTasks() {
    String stamp = String.valueOf(System.nanoTime() % 1_000_000);
    first = "FLT-" + stamp + "-A";
    second = "FLT-" + stamp + "-B";
    TestProcesses.startTaskListTest(engine, first, "2031-01-01T16:00:00Z");
    TestProcesses.startTaskListTest(engine, second, "2031-01-02T16:00:00Z");
    TestUsers.auditor1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("");
    Grid<WorkTask> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
    TextField filter = _get(TextField.class, spec -> spec.withId("task-filter"));

    HasValueUtilsKt._setValue(filter, "review " + first.toLowerCase());
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._get(grid, 0).businessKey()).isEqualTo(first);

    HasValueUtilsKt._setValue(filter, "FLT-" + stamp);
    assertThat(GridKt._size(grid)).isEqualTo(2);

    HasValueUtilsKt._setValue(filter, "nothing-like-this");
    assertThat(_get(Span.class, spec -> spec.withText("No task matches the filter."))).isNotNull();
  }
}
