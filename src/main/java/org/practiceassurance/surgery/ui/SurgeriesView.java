package org.practiceassurance.surgery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.surgery.AccountableAction;
import org.practiceassurance.surgery.InvalidSurgery;
import org.practiceassurance.surgery.Surgeries;
import org.practiceassurance.surgery.SurgeryFilter;
import org.practiceassurance.surgery.SurgeryLevel;
import org.practiceassurance.surgery.SurgeryStatus;
import org.practiceassurance.surgery.SurgerySummary;

/**
 * The surgeries a person may see (a head of service: their service's; directors and quality managers:
 * all), the surgery actions a head of service is accountable for, and calling an ad-hoc surgery. Both
 * lists are filtered, sorted and paged in the database; the view keeps its filter values only.
 */
@Route("surgeries")
@PageTitle("Surgeries | Practice Assurance")
@Menu(title = "Surgeries", order = 38, icon = "vaadin:group")
@RolesAllowed({Roles.HEAD_OF_SERVICE, Roles.DIRECTOR, Roles.QUALITY_MANAGER, Roles.ADMIN})
public class SurgeriesView extends VerticalLayout {

  final Grid<SurgerySummary> grid = new Grid<>();
  final TextField filterScope = new TextField("Team or service");
  final ComboBox<SurgeryStatus> filterStatus = new ComboBox<>("Status");
  final DatePicker filterFrom = new DatePicker("From");
  final DatePicker filterTo = new DatePicker("To");
  final Span count = new Span();
  final Grid<AccountableAction> accountable = new Grid<>();
  final ComboBox<ActionStatus> accountableStatus = new ComboBox<>("Status");
  final Span accountableCount = new Span();
  final RadioButtonGroup<SurgeryLevel> level = new RadioButtonGroup<>("Surgery for");
  final ComboBox<String> scope = new ComboBox<>("Team or service");
  final DatePicker date = new DatePicker("Date");
  final Button call = new Button("Call a surgery");
  final Span message = new Span();

  public SurgeriesView(Surgeries surgeries, CaseFiles caseFiles, CurrentUser currentUser) {
    UserIdentity me = currentUser.get();
    RouteConfiguration routes = RouteConfiguration.forSessionScope();

    filterScope.setId("filter-scope");
    filterScope.setPlaceholder("e.g. CF-STR-1 or CF");
    filterScope.setClearButtonVisible(true);
    filterScope.setValueChangeMode(ValueChangeMode.LAZY);
    filterScope.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    filterStatus.setId("filter-status");
    filterStatus.setItems(SurgeryStatus.values());
    filterStatus.setItemLabelGenerator(SurgeriesView::statusText);
    filterStatus.setClearButtonVisible(true);
    filterStatus.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    filterFrom.setId("filter-from");
    filterTo.setId("filter-to");
    for (DatePicker picker : new DatePicker[] {filterFrom, filterTo}) {
      picker.setClearButtonVisible(true);
      picker.setLocale(Locale.UK);
      picker.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }
    FlexLayout filters = new FlexLayout(filterScope, filterStatus, filterFrom, filterTo);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    filters.getElement().setAttribute("role", "search");
    filters.getElement().setAttribute("aria-label", "Filter the surgeries");
    count.setId("surgery-count");
    count.getElement().setAttribute("aria-live", "polite");

    grid.setId("surgeries");
    grid.setHeight("24rem");
    grid.addComponentColumn(s -> new Anchor(routes.getUrl(SurgeryView.class, s.id()), s.scope())).setHeader("Surgery")
        .setSortProperty("serviceCode", "teamCode");
    grid.addColumn(s -> PackPanel.DATE.format(s.dueDate())).setHeader("Date").setSortProperty("dueDate");
    grid.addColumn(SurgerySummary::lead).setHeader("Lead").setSortProperty("lead");
    grid.addColumn(s -> s.adHoc() ? "Ad hoc" : s.level() == SurgeryLevel.TEAM ? "Fortnightly" : "Monthly").setHeader("Kind")
        .setSortProperty("level");
    grid.addColumn(s -> statusText(s.status())).setHeader("Status").setSortProperty("status");
    grid.setItems(query -> query.getLimit() == 0 ? Stream.empty() // a count of none asks for nothing
            : surgeries.visibleRows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
        query -> counted(count, filterTo, () -> surgeries.visibleCount(filter()), "surgery", "surgeries"));
    add(new H2("Surgeries"), filters, count, grid);

    if (me.hasRole(Roles.HEAD_OF_SERVICE)) {
      accountableStatus.setId("accountable-status");
      accountableStatus.setItems(ActionStatus.values());
      accountableStatus.setItemLabelGenerator(ActionStatus::label);
      accountableStatus.setClearButtonVisible(true);
      accountableStatus.addValueChangeListener(e -> accountable.getDataProvider().refreshAll());
      accountableCount.setId("accountable-count");
      accountableCount.getElement().setAttribute("aria-live", "polite");
      accountable.setId("accountable-actions");
      accountable.setHeight("20rem");
      accountable.addColumn(a -> a.action().id()).setHeader("Action").setAutoWidth(true).setSortProperty("id");
      accountable.addColumn(a -> a.action().description()).setHeader("What").setFlexGrow(3);
      accountable.addColumn(a -> a.action().owner()).setHeader("Owner").setSortProperty("owner");
      accountable.addColumn(a -> PackPanel.DATE.format(a.action().dueDate())).setHeader("Due").setSortProperty("dueDate");
      accountable.addColumn(a -> a.action().status().label()).setHeader("Status").setSortProperty("status");
      accountable.addComponentColumn(a -> new Anchor(routes.getUrl(SurgeryView.class, a.surgeryId()), "Surgery"))
          .setHeader("From");
      accountable.addComponentColumn(SurgeriesView::verifyLink).setHeader("");
      accountable.setItems(
          query -> query.getLimit() == 0 ? Stream.empty()
              : surgeries.accountableActionRows(accountableFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                  .stream(),
          query -> counted(accountableCount, null, () -> surgeries.accountableActionCount(accountableFilter()),
              "action", "actions"));
      add(new H3("Surgery actions you are accountable for"), accountableStatus, accountableCount, accountable);
    }
    if (me.hasAnyRole(Roles.HEAD_OF_SERVICE, Roles.DIRECTOR)) {
      level.setId("adhoc-level");
      level.setItems(SurgeryLevel.values());
      level.setItemLabelGenerator(l -> l == SurgeryLevel.TEAM ? "A team" : "A service");
      level.setValue(SurgeryLevel.TEAM);
      scope.setId("adhoc-scope");
      date.setId("adhoc-date");
      date.setLocale(Locale.UK);
      date.setValue(LocalDate.now(ZoneId.of("Europe/London")).plusDays(7));
      call.setId("call-surgery");
      List<String> teams = new ArrayList<>();
      List<String> services = new ArrayList<>();
      caseFiles.teams().stream()
          .filter(t -> me.hasRole(Roles.DIRECTOR) || me.service().filter(t.serviceCode()::equals).isPresent())
          .forEach(t -> teams.add(t.code()));
      caseFiles.services().stream()
          .filter(s -> me.hasRole(Roles.DIRECTOR) || me.service().filter(s.code()::equals).isPresent())
          .forEach(s -> services.add(s.code()));
      scope.setItems(teams);
      level.addValueChangeListener(e -> scope.setItems(e.getValue() == SurgeryLevel.SERVICE ? services : teams));
      Problems problems = new Problems(Map.of("scope", scope, "dueDate", date), message);
      call.addClickListener(e -> {
        long[] id = new long[1];
        if (problems.attempt(() -> id[0] = surgeries.scheduleAdHoc(level.getValue(), scope.getValue(), date.getValue()),
            "Surgery called; it is in your tasks")) {
          getUI().ifPresent(ui -> ui.navigate(SurgeryView.class, id[0]));
        }
      });
      add(new H3("Call an ad-hoc surgery"), new HorizontalLayout(level, scope, date), call, message);
    }
  }

  SurgeryFilter filter() {
    return new SurgeryFilter(null, filterScope.getValue(), filterStatus.getValue(), null, null, filterFrom.getValue(),
        filterTo.getValue());
  }

  RegisterFilter accountableFilter() {
    return RegisterFilter.NONE.withStatus(accountableStatus.getValue());
  }

  /** Counts once per filter (the grid asks when it is refreshed) and says how many match; a bad range matches none. */
  private static int counted(Span label, DatePicker rangeEnd, LongSupplier size, String one, String many) {
    if (rangeEnd != null) {
      rangeEnd.setInvalid(false);
    }
    try {
      long n = size.getAsLong();
      label.setText(String.format(Locale.UK, "%,d %s", n, n == 1 ? one : many));
      return (int) Math.min(Integer.MAX_VALUE, n);
    } catch (InvalidSurgery e) {
      if (rangeEnd != null) {
        rangeEnd.setErrorMessage(e.getMessage());
        rangeEnd.setInvalid(true);
      }
      label.setText(e.getMessage());
      return 0;
    }
  }

  private static Component verifyLink(AccountableAction a) {
    if (a.verifyTaskId() == null) {
      return new Span();
    }
    Anchor verify = new Anchor("actions/verify/" + a.verifyTaskId(), "Verify and close"); // the action module's form
    verify.setId("verify-" + a.action().id());
    return verify;
  }

  static String statusText(SurgeryStatus status) {
    return status.name().charAt(0) + status.name().substring(1).toLowerCase(Locale.ROOT);
  }
}
