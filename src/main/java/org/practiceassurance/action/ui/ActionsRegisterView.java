package org.practiceassurance.action.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.action.internal.ActionDates;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;

/**
 * Every action the person may see, from every source, with their status: filtered, sorted and paged
 * in the database. The view keeps its filter values only; the grid asks for the rows it shows.
 */
@Route("actions")
@PageTitle("Actions | Practice Assurance")
@Menu(title = "Actions", order = 30, icon = "vaadin:check-square-o")
@PermitAll
public class ActionsRegisterView extends VerticalLayout {

  final ComboBox<ActionStatus> status = new ComboBox<>("Status");
  final TextField child = new TextField("Child reference");
  final TextField owner = new TextField("Owner");
  final TextField raisedBy = new TextField("Raised by");
  final TextField team = new TextField("Team");
  final TextField service = new TextField("Service");
  final ComboBox<ActionSource> source = new ComboBox<>("Source");
  final DatePicker dueFrom = new DatePicker("Due from");
  final DatePicker dueTo = new DatePicker("Due to");
  final Checkbox overdueOnly = new Checkbox("Overdue only");
  final Span scope = new Span();
  final Span count = new Span();
  final Grid<ActionSummary> grid = new Grid<>(ActionSummary.class, false);

  public ActionsRegisterView(Actions actions, CurrentUser currentUser) {
    setSizeFull();

    status.setId("filter-status");
    status.setItems(ActionStatus.values());
    status.setItemLabelGenerator(ActionStatus::label);
    status.setClearButtonVisible(true);
    source.setId("filter-source");
    source.setItems(ActionSource.values());
    source.setItemLabelGenerator(s -> ActionPanel.sourceLabel(s.name()));
    source.setClearButtonVisible(true);
    child.setId("filter-child");
    child.setPlaceholder("starts with, e.g. CF-10");
    owner.setId("filter-owner");
    owner.setPlaceholder("username");
    raisedBy.setId("filter-raised-by");
    raisedBy.setPlaceholder("username");
    team.setId("filter-team");
    team.setPlaceholder("e.g. CF-STR-1");
    service.setId("filter-service");
    service.setPlaceholder("e.g. CF");
    for (TextField field : new TextField[] {child, owner, raisedBy, team, service}) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    dueFrom.setId("filter-due-from");
    dueTo.setId("filter-due-to");
    for (DatePicker date : new DatePicker[] {dueFrom, dueTo}) {
      date.setClearButtonVisible(true);
      date.setLocale(Locale.UK);
      date.addValueChangeListener(e -> refresh());
    }
    overdueOnly.setId("filter-overdue");
    status.addValueChangeListener(e -> refresh());
    source.addValueChangeListener(e -> refresh());
    overdueOnly.addValueChangeListener(e -> refresh());

    FlexLayout filters = new FlexLayout(status, child, owner, raisedBy, team, service, source, dueFrom, dueTo,
        overdueOnly);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    filters.getElement().setAttribute("role", "search");
    filters.getElement().setAttribute("aria-label", "Filter the actions");

    scope.setId("register-scope");
    scope.setText(scopeText(currentUser.get()));
    count.setId("action-count");
    count.getElement().setAttribute("aria-live", "polite");

    grid.setId("action-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(ActionSummary::id).setHeader("Ref").setAutoWidth(true).setFlexGrow(0).setSortProperty("id");
    grid.addColumn(a -> ActionPanel.sourceLabel(a.source()) + " " + a.sourceId()).setHeader("From").setAutoWidth(true)
        .setSortProperty("source");
    grid.addColumn(a -> a.childReference() == null ? "Team" : a.childReference()).setHeader("Child").setAutoWidth(true)
        .setSortProperty("childReference");
    grid.addColumn(ActionSummary::description).setHeader("Action").setWidth("22rem").setFlexGrow(3);
    grid.addColumn(ActionSummary::owner).setHeader("Owner").setAutoWidth(true).setSortProperty("owner");
    grid.addColumn(a -> a.teamCode() == null ? "" : a.teamCode()).setHeader("Team").setAutoWidth(true)
        .setSortProperty("teamCode");
    grid.addColumn(ActionSummary::serviceCode).setHeader("Service").setAutoWidth(true).setSortProperty("serviceCode");
    grid.addColumn(a -> a.priority().name()).setHeader("Priority").setAutoWidth(true).setSortProperty("priority");
    grid.addComponentColumn(this::dueCell).setHeader("Due").setAutoWidth(true).setSortProperty("dueDate");
    grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true).setSortProperty("status");
    grid.getElement().setAttribute("aria-label", "Actions register");

    add(new H2("Actions"), scope, filters, count, grid);
    setFlexGrow(1, grid);
    grid.setItems(query -> query.getLimit() == 0 ? Stream.empty() // a count of none asks for nothing
            : actions.registerRows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
        query -> counted(() -> actions.registerCount(filter())));
  }

  RegisterFilter filter() {
    return new RegisterFilter(status.getValue(), owner.getValue(), raisedBy.getValue(), team.getValue(),
        service.getValue(), source.getValue(), child.getValue(), dueFrom.getValue(), dueTo.getValue(),
        overdueOnly.getValue());
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
  }

  /** Counts once per filter (the grid asks when it is refreshed) and says how many match; a bad range matches none. */
  private int counted(LongSupplier size) {
    dueTo.setInvalid(false);
    try {
      long n = size.getAsLong();
      count.setText(String.format(Locale.UK, "%,d %s", n, n == 1 ? "action" : "actions"));
      return (int) Math.min(Integer.MAX_VALUE, n);
    } catch (InvalidActionException e) {
      dueTo.setErrorMessage(e.errorFor("dueTo"));
      dueTo.setInvalid(e.errorFor("dueTo") != null);
      count.setText(e.getMessage());
      return 0;
    }
  }

  private Span dueCell(ActionSummary action) {
    Span due = new Span(ActionPanel.day(action.dueDate()));
    if (action.isOverdue(ActionDates.today())) {
      due.setText(ActionPanel.day(action.dueDate()) + " · overdue");
      due.getElement().getThemeList().add("badge error");
    }
    return due;
  }

  private static String scopeText(UserIdentity me) {
    if (OrganisationScope.seesWholeCounty(me)) {
      return "Every action in the county.";
    }
    StringBuilder text = new StringBuilder("Actions you own or raised");
    if (me.hasRole(Roles.HEAD_OF_SERVICE) && me.service().isPresent()) {
      text.append(", and every action in service ").append(me.service().get());
    }
    if (me.hasRole(Roles.TEAM_MANAGER) && me.team().isPresent()) {
      text.append(", and every action in team ").append(me.team().get());
    }
    return text.append('.').toString();
  }
}
