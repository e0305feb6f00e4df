package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.practiceassurance.audit.AuditSummary;
import org.practiceassurance.audit.AuditWork;

/** The recent audits within the person's scope, with where each one is and its grades. */
@Route("audits")
@PageTitle("Audits | Practice Assurance")
@Menu(title = "Audits", order = 5, icon = "vaadin:clipboard-check")
@PermitAll
public class AuditsView extends VerticalLayout {

  public AuditsView(AuditWork work) {
    setSizeFull();
    Grid<AuditSummary> grid = new Grid<>(AuditSummary.class, false);
    grid.setId("audit-grid");
    grid.addColumn(AuditSummary::childReference).setHeader("Child").setAutoWidth(true);
    grid.addColumn(AuditSummary::teamCode).setHeader("Team").setAutoWidth(true);
    grid.addColumn(a -> a.auditor() == null ? "Unassigned" : a.auditor()).setHeader("Auditor");
    grid.addColumn(AuditSummary::dueDate).setHeader("Due");
    grid.addColumn(a -> a.status().label()).setHeader("Status");
    grid.addColumn(a -> a.overallGrade() == null ? "" : a.overallGrade().label()).setHeader("Auditor's grade");
    grid.addColumn(a -> a.finalGrade() == null ? "" : a.finalGrade().label()).setHeader("Final grade");
    grid.addColumn(a -> a.moderationReason() == null ? "" : a.moderationReason()).setHeader("Moderated because");
    grid.setItems(work.visibleAudits());
    add(new H2("Audits"), grid);
  }
}
