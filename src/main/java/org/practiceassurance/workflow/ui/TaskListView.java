package org.practiceassurance.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.practiceassurance.security.Roles;
import org.practiceassurance.workflow.SavedTaskFilter;
import org.practiceassurance.workflow.SavedTaskFilters;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskComments;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.workflow.TaskHistory;
import org.practiceassurance.workflow.TaskConflictException;
import org.practiceassurance.workflow.TaskInbox;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.TaskSearch;
import org.practiceassurance.workflow.TaskSort;
import org.practiceassurance.workflow.TaskView;
import org.practiceassurance.workflow.WorkTask;

/**
 * Where everyone lands after signing in: their work, urgent work first, read page by page from the
 * server (the view keeps its search and the grid's visible window, never the list). Built-in filters
 * with their counts, words to narrow by, a process, sorting by any column, and each task's details
 * (comments, history, follow-up date, hand-over) one click away.
 */
@Route("")
@PageTitle("My tasks | Practice Assurance")
@Menu(title = "My tasks", order = 0, icon = "vaadin:tasks")
@PermitAll
public class TaskListView extends VerticalLayout {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(UK);

  private final TaskInbox inbox;
  private final TaskListService taskList;
  private final TaskComments comments;
  private final TaskHistory history;
  private final ProcessPaths paths;
  private final SavedTaskFilters savedFilters;
  private final boolean mayShare;
  private final String me;
  private final Clock clock = Clock.systemUTC();
  private final Map<TaskView, Tab> tabs = new EnumMap<>(TaskView.class);
  final Tabs views = new Tabs();
  final Grid<WorkTask> grid = new Grid<>(WorkTask.class, false);
  final TextField filter = new TextField();
  final ComboBox<String> process = new ComboBox<>();
  final Span count = new Span();
  final Span empty = new Span();
  final ComboBox<SavedTaskFilter> saved = new ComboBox<>();
  final Button saveFilter = new Button("Save filter…");
  final Button removeFilter = new Button("Remove filter");
  private TaskSearch search = TaskSearch.of(TaskView.MY_WORK);
  private boolean applying;

  public TaskListView(TaskInbox inbox, TaskListService taskList, TaskComments comments, TaskHistory history,
      SavedTaskFilters savedFilters, ProcessPaths paths, CurrentUser currentUser) {
    this.inbox = inbox;
    this.paths = paths;
    this.taskList = taskList;
    this.comments = comments;
    this.history = history;
    this.savedFilters = savedFilters;
    this.me = currentUser.get().username();
    this.mayShare = currentUser.get().hasRole(Roles.QUALITY_MANAGER);
    setSizeFull();

    views.setId("task-views");
    for (TaskView view : inbox.views()) {
      Tab tab = new Tab(view.label());
      tab.setId("view-" + view.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      tabs.put(view, tab);
      views.add(tab);
    }
    views.addSelectedChangeListener(e -> tabs.forEach((view, tab) -> {
      if (tab == e.getSelectedTab()) {
        search = search.withView(view);
        refresh();
      }
    }));

    filter.setId("task-filter");
    filter.setPlaceholder("Filter by task, child, team or process");
    filter.setAriaLabel("Filter my tasks");
    filter.setClearButtonVisible(true);
    filter.setWidth("22rem");
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> {
      search = search.withText(e.getValue());
      refresh();
    });

    Map<String, String> processes = inbox.processes();
    process.setId("task-process");
    process.setPlaceholder("Every process");
    process.setAriaLabel("Process");
    process.setItems(processes.keySet());
    process.setItemLabelGenerator(key -> processes.getOrDefault(key, key));
    process.setClearButtonVisible(true);
    process.addValueChangeListener(e -> {
      search = new TaskSearch(search.view(), search.text(), e.getValue(), search.teamCode(), search.sort(), search.descending());
      refresh();
    });

    count.setId("task-count");
    count.getElement().setAttribute("aria-live", "polite");
    empty.setId("task-empty");

    grid.setId("task-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setMultiSort(false);
    grid.addColumn(LitRenderer.<WorkTask>of("""
            ${item.urgent ? html`<span theme="badge error small" aria-label="Urgent">Urgent</span> ` : ''}\
            <span>${item.name}</span>""")
            .withProperty("urgent", WorkTask::isUrgent).withProperty("name", WorkTask::name))
        .setHeader("Task").setKey(TaskSort.PRIORITY.name()).setSortable(true).setAutoWidth(true).setFlexGrow(2);
    grid.addColumn(t -> t.aboutInFull() == null ? "" : t.aboutInFull()).setHeader("About").setKey(TaskSort.CHILD.name())
        .setSortable(true).setAutoWidth(true);
    grid.addColumn(t -> t.teamCode() == null ? "" : t.teamCode()).setHeader("Team").setKey(TaskSort.TEAM.name())
        .setSortable(true).setAutoWidth(true);
    grid.addColumn(WorkTask::processName).setHeader("Process").setKey(TaskSort.PROCESS.name()).setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(LitRenderer.<WorkTask>of("""
            ${item.overdue ? html`<span theme="badge error">${item.due} · overdue</span>` : html`<span>${item.due}</span>`}""")
            .withProperty("due", t -> t.due() == null ? "—" : DATE.format(t.due()))
            .withProperty("overdue", t -> t.isOverdue(clock.instant())))
        .setHeader("Due").setKey(TaskSort.DUE.name()).setSortable(true).setAutoWidth(true);
    grid.addColumn(t -> waited(t.created())).setHeader("Waiting").setKey(TaskSort.CREATED.name()).setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(t -> t.assignee() == null ? "Unclaimed" : t.isAssignedTo(me) ? "You" : t.assignee())
        .setHeader("Held by").setAutoWidth(true);
    grid.addColumn(LitRenderer.<WorkTask>of("""
            <span style="display:flex;gap:var(--lumo-space-xs)">\
            ${item.actions.map(a => html`<vaadin-button id="${a.id}" theme="small ${a.primary ? 'primary' : ''}" \
            aria-label="${a.label}" @click=${e => e.currentTarget.dispatchEvent(new CustomEvent('task-action', \
            {bubbles: true, composed: true, detail: {task: item.task, action: a.action}}))}>${a.text}</vaadin-button>`)}\
            </span>""")
            .withProperty("task", WorkTask::id)
            .withProperty("actions", this::actionsOf))
        // Frozen at the right edge: a row's buttons are never behind a sideways scroll of a wide list.
        .setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
    // A button names its task by id, not by the grid's row key: a click on a row the list is just
    // replacing (a filter typed a moment before) still reaches the task instead of being dropped.
    grid.getElement().addEventListener("task-action", e -> act(e.getEventData().getString("event.detail.task"),
        e.getEventData().getString("event.detail.action")))
        .addEventData("event.detail.task").addEventData("event.detail.action");
    grid.setItems(query -> inbox.window(sortedAs(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(Integer.MAX_VALUE, inbox.count(sortedAs(query.getSortOrders()))));

    saved.setId("task-saved-filters");
    saved.setPlaceholder("Saved filters");
    saved.setAriaLabel("Saved filters");
    saved.setItemLabelGenerator(f -> f.name() + (f.sharedWithRole() == null ? "" : " (shared with " + f.sharedWithRole() + ")"));
    saved.setItems(savedFilters.available());
    saved.setClearButtonVisible(true);
    saved.addValueChangeListener(e -> {
      removeFilter.setVisible(e.getValue() != null && e.getValue().owner().equals(me));
      if (e.getValue() != null && e.isFromClient()) {
        apply(e.getValue().search());
      }
    });
    saveFilter.setId("task-save-filter");
    saveFilter.addClickListener(e -> new SaveFilterDialog(savedFilters, currentSearch(), mayShare, kept -> {
      saved.setItems(savedFilters.available());
      saved.setValue(kept);
    }).open());
    removeFilter.setId("task-remove-filter");
    removeFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    removeFilter.setVisible(false);
    removeFilter.addClickListener(e -> {
      if (saved.getValue() != null) {
        savedFilters.remove(saved.getValue().id());
        saved.setItems(savedFilters.available());
        saved.clear();
      }
    });

    HorizontalLayout tools = new HorizontalLayout(filter, process, saved, saveFilter, removeFilter, count);
    tools.setAlignItems(FlexComponent.Alignment.BASELINE);
    tools.setWrap(true);
    add(new H2("My tasks"), views, tools, empty, grid);
    refresh();
  }

  /** The search with the grid's chosen column order (urgent work stays first whatever is chosen). */
  private TaskSearch sortedAs(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
    if (orders.isEmpty()) {
      return search.sortedBy(TaskSort.PRIORITY, false);
    }
    TaskSort sort = TaskSort.valueOf(orders.get(0).getSorted());
    return search.sortedBy(sort, orders.get(0).getDirection() == SortDirection.DESCENDING);
  }

  /** The list as it is now looked at, with the grid's order: what "Save filter" keeps. */
  TaskSearch currentSearch() {
    return sortedAs(grid.getSortOrder().stream()
        .map(o -> new com.vaadin.flow.data.provider.QuerySortOrder(o.getSorted().getKey(), o.getDirection())).toList());
  }

  /** Shows the list a saved filter describes: its built-in filter, words, process and order. */
  void apply(TaskSearch kept) {
    TaskSearch wanted = kept.view() == TaskView.TEAM && !tabs.containsKey(TaskView.TEAM) ? kept.withView(TaskView.MY_WORK) : kept;
    applying = true; // the fields' own listeners would refresh once each
    try {
      views.setSelectedTab(tabs.get(wanted.view()));
      filter.setValue(wanted.text() == null ? "" : wanted.text());
      process.setValue(wanted.processKey());
      grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey(wanted.sort().name()),
          wanted.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    } finally {
      applying = false;
    }
    search = wanted;
    refresh();
  }

  /** Counts on the filters, the list again from its first row, and the navigation's urgent count. */
  void refresh() {
    if (applying) {
      return;
    }
    Map<TaskView, Long> counts = inbox.counts();
    tabs.forEach((view, tab) -> tab.setLabel(view.label() + " (" + counts.getOrDefault(view, 0L) + ")"));
    long inView = counts.getOrDefault(search.view(), 0L);
    boolean narrowed = search.text() != null || search.processKey() != null;
    long matching = narrowed ? inbox.count(search) : inView;
    // Always said, so that a filter that matches everything still shows it has been applied.
    count.setText(narrowed ? "Showing " + matching + " of " + inView + (inView == 1 ? " task" : " tasks")
        : inView + (inView == 1 ? " task" : " tasks"));
    grid.getDataProvider().refreshAll();
    grid.setVisible(matching > 0);
    empty.setText(inView == 0 ? emptyText(search.view()) : "No task matches the filter.");
    empty.setVisible(matching == 0);
    getUI().ifPresent(MainLayout::refreshBadges);
  }

  private static String emptyText(TaskView view) {
    return switch (view) {
      case MY_WORK -> "Nothing needs you right now. New work offered to your roles will appear here.";
      case URGENT -> "No urgent work.";
      case OVERDUE -> "Nothing is overdue.";
      case FOLLOW_UP_DUE, FOLLOW_UP_LATER -> "No task waits for a follow-up date.";
      default -> "No tasks here.";
    };
  }

  private String waited(Instant created) {
    Duration waited = Duration.between(created, clock.instant());
    if (waited.toDays() >= 1) {
      return waited.toDays() + (waited.toDays() == 1 ? " day" : " days");
    }
    if (waited.toHours() >= 1) {
      return waited.toHours() + " h";
    }
    return Math.max(0, waited.toMinutes()) + " min";
  }

  /** A button of a row, as plain data for the row's template. */
  public record RowAction(String id, String action, String text, boolean primary, String label) {}

  /** The buttons a row shows. In "my team's work" an unclaimed task may not be offered to me: no Claim there. */
  private List<RowAction> actionsOf(WorkTask task) {
    String about = task.aboutInFull() == null ? "" : " for " + task.aboutInFull();
    List<RowAction> actions = new java.util.ArrayList<>();
    if (task.assignee() == null && search.view() != TaskView.TEAM) {
      actions.add(action("claim", task, "Claim", about, true));
    } else if (task.isAssignedTo(me) && task.formRoute() != null) {
      actions.add(action("open", task, "Open", about, true));
      actions.add(action("unclaim", task, "Unclaim", about, false));
    } else if (task.isAssignedTo(me)) {
      actions.add(action("complete", task, "Complete", about, true));
      actions.add(action("unclaim", task, "Unclaim", about, false));
    }
    actions.add(action("details", task, "Details", about, false));
    return actions;
  }

  private static RowAction action(String action, WorkTask task, String text, String about, boolean primary) {
    return new RowAction(action + "-" + task.id(), action, text, primary, text + " " + task.name() + about);
  }

  /** A row's button: the task as it is now (it may have been claimed or completed meanwhile), then the step. */
  void act(String taskId, String action) {
    WorkTask task;
    try {
      task = taskList.taskIMayView(taskId);
    } catch (TaskConflictException | TaskAccessDeniedException e) {
      Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
      refresh();
      return;
    }
    act(task, action);
  }

  private void act(WorkTask task, String action) {
    switch (action) {
      case "open" -> UI.getCurrent().navigate(task.formRoute());
      case "claim" -> run(() -> taskList.claim(task.id()), "Claimed \"" + task.name() + "\"");
      case "unclaim" -> run(() -> taskList.unclaim(task.id()), "Returned \"" + task.name() + "\" to the team");
      case "complete" -> run(() -> taskList.complete(task.id(), Map.of()), "Completed \"" + task.name() + "\"");
      case "details" -> openDetails(task);
      default -> throw new IllegalArgumentException(action);
    }
  }

  void openDetails(WorkTask task) {
    new TaskDetailsDialog(task, me, inbox.manages(task), taskList, comments, history, paths, this::refresh).open();
  }

  private void run(Runnable step, String done) {
    try {
      step.run();
      Notification.show(done, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (TaskConflictException | TaskAccessDeniedException e) {
      Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
    refresh();
  }
}
