package org.practiceassurance.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernTasks;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/** The urgent task: read the concern, act, acknowledge. */
@Route("concerns/acknowledge")
@PageTitle("Child at risk | Practice Assurance")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE, Roles.DIRECTOR, Roles.QUALITY_MANAGER})
public class AcknowledgeConcernView extends VerticalLayout implements HasUrlParameter<String> {

  private final ConcernTasks concernTasks;

  public AcknowledgeConcernView(ConcernTasks concernTasks) {
    this.concernTasks = concernTasks;
  }

  @Override
  public void setParameter(BeforeEvent event, String taskId) {
    removeAll();
    ConcernEntry concern;
    try {
      concern = concernTasks.concernOf(taskId);
    } catch (AccessDeniedException | org.practiceassurance.workflow.TaskConflictException e) {
      add(new H2("Child at risk"), new Paragraph(e.getMessage()));
      return;
    }
    Button acknowledge = new Button("Acknowledge: I am acting on this", e -> {
      try {
        concernTasks.acknowledge(taskId);
        Notification.show("Acknowledged. The concern stays on the register until it is resolved.", 5000,
            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("concerns"));
      } catch (AccessDeniedException | org.practiceassurance.workflow.TaskConflictException ex) {
        Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
      }
    });
    acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    acknowledge.setId("acknowledge-concern");
    add(new H2("Child at risk: " + concern.childReference()),
        new Paragraph(concern.reason()),
        new Paragraph("Raised by " + concern.raisedBy() + " from " + concern.source().toLowerCase().replace('_', ' ')
            + " " + concern.sourceId() + " · team " + concern.teamCode() + " · responsible manager "
            + (concern.responsibleManager() == null ? "—" : concern.responsibleManager())),
        acknowledge);
  }
}
