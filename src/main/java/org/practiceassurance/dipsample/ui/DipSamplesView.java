package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import org.practiceassurance.dipsample.DipSampleSummary;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;

/** Every dip sample the person may follow, with its progress; quality managers design new ones here. */
@Route("dip-samples")
@PageTitle("Dip samples | Practice Assurance")
@Menu(title = "Dip samples", order = 33, icon = "vaadin:records")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR})
public class DipSamplesView extends VerticalLayout {

  final Grid<DipSampleSummary> grid = new Grid<>();
  final Button design = new Button("Design a dip sample");

  public DipSamplesView(DipSamples dipSamples, CurrentUser currentUser) {
    design.setId("design-dip-sample");
    design.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    design.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DesignDipSampleView.class)));
    design.setVisible(currentUser.get().hasRole(Roles.QUALITY_MANAGER));
    grid.setId("dip-samples");
    RouteConfiguration routes = RouteConfiguration.forSessionScope();
    grid.addComponentColumn(s -> new Anchor(routes.getUrl(DipSampleView.class, s.id()), s.title()))
        .setHeader("Dip sample").setFlexGrow(3);
    grid.addColumn(s -> s.themeName() + " v" + s.questionSetVersion()).setHeader("Theme").setFlexGrow(2);
    grid.addColumn(DipSampleSummary::runNumber).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(s -> DipSampleView.statusText(s.status())).setHeader("Status");
    grid.addColumn(s -> s.reviewed() + " / " + s.total()).setHeader("Reviewed");
    grid.addColumn(DipSampleSummary::lead).setHeader("Lead");
    grid.addColumn(s -> DipSampleView.DATE.format(s.dueDate())).setHeader("Due");
    grid.setItems(dipSamples.visible());
    HorizontalLayout top = new HorizontalLayout(new H2("Dip samples"), design);
    top.setAlignItems(Alignment.BASELINE);
    add(top, grid);
  }
}
