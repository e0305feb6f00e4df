package org.practiceassurance.action.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import jakarta.annotation.security.PermitAll;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.action.internal.ActionDates;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;

/** Every action the person may see, from every source, with their status; filtered in the database. */
@Route("actions")
@PageTitle("Actions | Practice Assurance")
@Menu(title = "Actions", order = 30, icon = "vaadin:check-square-o")
@PermitAll
public class ActionsRegisterView extends VerticalLayout {

  private final Actions actions;
  final ComboBox<ActionStatus> status = new ComboBox<>("Status");
  final TextField owner = new TextField("Owner");
  final TextField team = new TextField("Team");
  final TextField service = new TextField("Service");
  final ComboBox<ActionSource> source = new ComboBox<>("Source");
  final Checkbox overdueOnly = new Checkbox("Overdue only");
  final Span scope = new Span();
  final Span count = new Span();
  final Grid<ActionSummary> grid = new Grid<>(ActionSummary.class, false);

  public ActionsRegisterView(Actions actions, CurrentUser currentUser) {
    this.actions = actions;
    setSizeFull();

    status.setId("filter-status");
    status.setItems(ActionStatus.values());
    status.setItemLabelGenerator(ActionStatus::label);
    status.setClearButtonVisible(true);
    source.setId("filter-source");
    source.setItems(ActionSource.values());
    source.setItemLabelGenerator(s -> ActionPanel.sourceLabel(s.name()));
    source.setClearButtonVisible(true);
    owner.setId("filter-owner");
    owner.setPlaceholder("username");
    team.setId("filter-team");
    team.setPlaceholder("e.g. CF-STR-1");
    service.setId("filter-service");
    service.setPlaceholder("e.g. CF");
    for (TextField field : new TextField[] {owner, team, service}) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    overdueOnly.setId("filter-overdue");
    status.addValueChangeListener(e -> refresh());
    source.addValueChangeListener(e -> refresh());
    overdueOnly.addValueChangeListener(e -> refresh());

    FlexLayout filters = new FlexLayout(status, owner, team, service, source, overdueOnly);
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
    grid.addColumn(ActionSummary::id).setHeader("Ref").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(a -> ActionPanel.sourceLabel(a.source()) + " " + a.sourceId()).setHeader("From").setAutoWidth(true);
    grid.addColumn(a -> a.childReference() == null ? "Team" : a.childReference()).setHeader("Child").setAutoWidth(true);
    grid.addColumn(ActionSummary::description).setHeader("Action").setWidth("22rem").setFlexGrow(3);
    grid.addColumn(ActionSummary::owner).setHeader("Owner").setAutoWidth(true);
    grid.addColumn(a -> a.teamCode() == null ? "" : a.teamCode()).setHeader("Team").setAutoWidth(true);
    grid.addColumn(ActionSummary::serviceCode).setHeader("Service").setAutoWidth(true);
    grid.addColumn(a -> a.priority().name()).setHeader("Priority").setAutoWidth(true);
    grid.addComponentColumn(this::dueCell).setHeader("Due").setAutoWidth(true);
    grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
    grid.getElement().setAttribute("aria-label", "Actions register");

    add(new H2("Actions"), scope, filters, count, grid);
    setFlexGrow(1, grid);
    grid.setItems(query -> actions.register(filter(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(Integer.MAX_VALUE, actions.registerSize(filter())));
    refresh();
  }

  RegisterFilter filter() {
    return new RegisterFilter(status.getValue(), owner.getValue(), team.getValue(), service.getValue(),
        source.getValue(), overdueOnly.getValue());
  }

  void refresh() {
    long size = actions.registerSize(filter());
    count.setText(size == 1 ? "1 action" : size + " actions");
    grid.getDataProvider().refreshAll();
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
