package org.practiceassurance.surgery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.surgery.LoggedAction;
import org.practiceassurance.surgery.Surgeries;
import org.practiceassurance.surgery.SurgeryLevel;
import org.practiceassurance.surgery.SurgerySummary;

/**
 * The surgeries a person may see (a head of service: their service's; directors and quality managers:
 * all), the surgery actions a head of service is accountable for, and calling an ad-hoc surgery.
 */
@Route("surgeries")
@PageTitle("Surgeries | Practice Assurance")
@Menu(title = "Surgeries", order = 38, icon = "vaadin:group")
@RolesAllowed({Roles.HEAD_OF_SERVICE, Roles.DIRECTOR, Roles.QUALITY_MANAGER, Roles.ADMIN})
public class SurgeriesView extends VerticalLayout {

  final Grid<SurgerySummary> grid = new Grid<>();
  final Grid<LoggedAction> accountable = new Grid<>();
  final RadioButtonGroup<SurgeryLevel> level = new RadioButtonGroup<>("Surgery for");
  final ComboBox<String> scope = new ComboBox<>("Team or service");
  final DatePicker date = new DatePicker("Date");
  final Button call = new Button("Call a surgery");
  final Span message = new Span();

  public SurgeriesView(Surgeries surgeries, CaseFiles caseFiles, CurrentUser currentUser) {
    UserIdentity me = currentUser.get();
    RouteConfiguration routes = RouteConfiguration.forSessionScope();
    grid.setId("surgeries");
    grid.addComponentColumn(s -> new Anchor(routes.getUrl(SurgeryView.class, s.id()), s.scope())).setHeader("Surgery");
    grid.addColumn(s -> PackPanel.DATE.format(s.dueDate())).setHeader("Date");
    grid.addColumn(SurgerySummary::lead).setHeader("Lead");
    grid.addColumn(s -> s.adHoc() ? "Ad hoc" : s.level() == SurgeryLevel.TEAM ? "Fortnightly" : "Monthly").setHeader("Kind");
    grid.addColumn(s -> s.status().name().charAt(0) + s.status().name().substring(1).toLowerCase()).setHeader("Status");
    grid.setItems(surgeries.visible());
    accountable.setId("accountable-actions");
    accountable.addColumn(a -> a.action().id()).setHeader("Action").setAutoWidth(true);
    accountable.addColumn(a -> a.action().description()).setHeader("What").setFlexGrow(3);
    accountable.addColumn(a -> a.action().owner()).setHeader("Owner");
    accountable.addColumn(a -> PackPanel.DATE.format(a.action().dueDate())).setHeader("Due");
    accountable.addColumn(a -> a.action().status().label()).setHeader("Status");
    accountable.addComponentColumn(a -> new Anchor(routes.getUrl(SurgeryView.class, a.surgeryId()), "Surgery"))
        .setHeader("From");
    accountable.addComponentColumn(a -> surgeries.verificationTaskOf(a.action().id())
        .map(taskId -> {
          Anchor verify = new Anchor("actions/verify/" + taskId, "Verify and close"); // the action module's form
          verify.setId("verify-" + a.action().id());
          return (com.vaadin.flow.component.Component) verify;
        }).orElseGet(Span::new)).setHeader("");
    accountable.setAllRowsVisible(true);
    add(new H2("Surgeries"), grid);
    if (me.hasRole(Roles.HEAD_OF_SERVICE)) {
      accountable.setItems(surgeries.myAccountableActions());
      add(new H3("Surgery actions you are accountable for"), accountable);
    }
    if (me.hasAnyRole(Roles.HEAD_OF_SERVICE, Roles.DIRECTOR)) {
      level.setId("adhoc-level");
      level.setItems(SurgeryLevel.values());
      level.setItemLabelGenerator(l -> l == SurgeryLevel.TEAM ? "A team" : "A service");
      level.setValue(SurgeryLevel.TEAM);
      scope.setId("adhoc-scope");
      date.setId("adhoc-date");
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
}
