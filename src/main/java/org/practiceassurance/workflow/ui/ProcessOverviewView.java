package org.practiceassurance.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.practiceassurance.security.Roles;
import org.practiceassurance.workflow.ProcessOverview;
import org.practiceassurance.workflow.ProcessOverviewService;

/** Administrators: the deployed processes, their running instances, and the way into Cockpit. */
@Route("admin/processes")
@PageTitle("Processes | Practice Assurance")
@Menu(title = "Processes", order = 90, icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMIN)
public class ProcessOverviewView extends VerticalLayout {

  final Grid<ProcessOverview> grid = new Grid<>(ProcessOverview.class, false);

  public ProcessOverviewView(ProcessOverviewService processes) {
    grid.setId("process-grid");
    grid.addColumn(ProcessOverview::name).setHeader("Process").setAutoWidth(true);
    grid.addColumn(ProcessOverview::key).setHeader("Key").setAutoWidth(true);
    grid.addColumn(ProcessOverview::version).setHeader("Version");
    grid.addColumn(ProcessOverview::runningInstances).setHeader("Running");
    grid.addColumn(ProcessOverview::historyTimeToLive).setHeader("History kept");
    grid.setItems(processes.deployedProcesses());
    grid.setAllRowsVisible(true);

    Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", "Open Camunda Cockpit");
    cockpit.setRouterIgnore(true);
    add(new H2("Processes"),
        new Paragraph("Every BPMN process deployed from processes/. Cockpit shows instances, incidents and history."),
        cockpit, grid);
  }
}
