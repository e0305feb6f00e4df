package org.practiceassurance.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskConflictException;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;

/** Where everyone lands after signing in: their own tasks and the unclaimed ones offered to their roles. */
@Route("")
@PageTitle("My tasks | Practice Assurance")
@Menu(title = "My tasks", order = 0, icon = "vaadin:tasks")
@PermitAll
public class TaskListView extends VerticalLayout {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(UK);

  private final TaskListService taskList;
  private final String me;
  private final Clock clock = Clock.systemUTC();
  final Grid<WorkTask> grid = new Grid<>(WorkTask.class, false);
  final com.vaadin.flow.component.textfield.TextField filter = new com.vaadin.flow.component.textfield.TextField();
  final Span count = new Span();
  private List<WorkTask> all = List.of();
  final Span empty = new Span("Nothing needs you right now. New work offered to your roles will appear here.");

  public TaskListView(TaskListService taskList, CurrentUser currentUser) {
    this.taskList = taskList;
    this.me = currentUser.get().username();
    setSizeFull();

    grid.setId("task-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(WorkTask::name).setHeader("Task").setAutoWidth(true).setFlexGrow(2);
    grid.addColumn(t -> t.businessKey() == null ? "" : t.businessKey()).setHeader("About").setAutoWidth(true);
    grid.addColumn(t -> t.teamCode() == null ? "" : t.teamCode()).setHeader("Team").setAutoWidth(true);
    grid.addColumn(WorkTask::processName).setHeader("Process").setAutoWidth(true);
    grid.addComponentColumn(this::dueCell).setHeader("Due").setAutoWidth(true)
        .setComparator(t -> t.due() == null ? Instant.MAX : t.due());
    grid.addColumn(t -> t.assignee() == null ? "Unclaimed" : t.isAssignedTo(me) ? "You" : t.assignee())
        .setHeader("Held by").setAutoWidth(true);
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);

    filter.setId("task-filter");
    filter.setPlaceholder("Filter by task, child, team or process");
    filter.setAriaLabel("Filter my tasks");
    filter.setClearButtonVisible(true);
    filter.setWidth("24rem");
    filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> show());

    count.setId("task-count");
    count.getElement().setAttribute("aria-live", "polite");

    add(new H2("My tasks"), new com.vaadin.flow.component.orderedlayout.HorizontalLayout(filter, count), empty, grid);
    refresh();
  }

  void refresh() {
    all = taskList.myTasks();
    show();
  }

  /** The tasks matching the filter (every word, in any of task, child/subject, team or process). */
  private void show() {
    String[] words = filter.getValue() == null ? new String[0]
        : filter.getValue().trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    List<WorkTask> shown = all.stream().filter(t -> {
      String text = String.join(" ", t.name(), t.businessKey() == null ? "" : t.businessKey(),
          t.teamCode() == null ? "" : t.teamCode(), t.processName()).toLowerCase(java.util.Locale.ROOT);
      return java.util.Arrays.stream(words).allMatch(text::contains);
    }).toList();
    grid.setItems(shown);
    count.setText(filter.getValue() == null || filter.getValue().isBlank() ? ""
        : "Showing " + shown.size() + " of " + all.size() + " tasks");
    grid.setVisible(!shown.isEmpty());
    empty.setText(all.isEmpty() ? "Nothing needs you right now. New work offered to your roles will appear here."
        : "No task matches the filter.");
    empty.setVisible(shown.isEmpty());
  }

  private Span dueCell(WorkTask task) {
    if (task.due() == null) {
      return new Span("—");
    }
    Span due = new Span(DATE.format(task.due()));
    if (task.isOverdue(clock.instant())) {
      due.setText(DATE.format(task.due()) + " · overdue");
      due.getElement().getThemeList().add("badge error");
    }
    return due;
  }

  private HorizontalLayout actions(WorkTask task) {
    HorizontalLayout actions = new HorizontalLayout();
    if (task.assignee() == null) {
      actions.add(button("Claim", task, () -> taskList.claim(task.id()), "Claimed \"" + task.name() + "\""));
    } else if (task.isAssignedTo(me) && task.formRoute() != null) {
      Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(task.formRoute())));
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      open.setId("open-" + task.id());
      open.getElement().setAttribute("aria-label", "Open " + task.name()
          + (task.businessKey() == null ? "" : " for " + task.businessKey()));
      actions.add(open, button("Unclaim", task, () -> taskList.unclaim(task.id()),
          "Returned \"" + task.name() + "\" to the team"));
    } else if (task.isAssignedTo(me)) {
      Button complete = button("Complete", task, () -> taskList.complete(task.id(), Map.of()),
          "Completed \"" + task.name() + "\"");
      complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(complete, button("Unclaim", task, () -> taskList.unclaim(task.id()),
          "Returned \"" + task.name() + "\" to the team"));
    }
    return actions;
  }

  private Button button(String label, WorkTask task, Runnable action, String done) {
    Button button = new Button(label, e -> {
      try {
        action.run();
        Notification.show(done, 3000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      } catch (TaskConflictException | TaskAccessDeniedException ex) {
        Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
            .addThemeVariants(NotificationVariant.LUMO_WARNING);
      }
      refresh();
    });
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.setId(label.toLowerCase() + "-" + task.id());
    button.getElement().setAttribute("aria-label", label + " " + task.name()
        + (task.businessKey() == null ? "" : " for " + task.businessKey()));
    return button;
  }
}
