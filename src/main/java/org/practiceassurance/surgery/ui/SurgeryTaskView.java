package org.practiceassurance.surgery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.practiceassurance.surgery.InvalidSurgery;
import org.practiceassurance.surgery.Surgeries;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/** Opens a surgery's "prepare" or "hold" task from the task list: both are done on the surgery's page. */
@Route("surgeries/prepare")
@RouteAlias("surgeries/hold")
@PageTitle("Surgery | Practice Assurance")
@PermitAll // the service checks the task is this person's
public class SurgeryTaskView extends VerticalLayout implements HasUrlParameter<String> {

  private final Surgeries surgeries;

  public SurgeryTaskView(Surgeries surgeries) {
    this.surgeries = surgeries;
  }

  @Override
  public void setParameter(BeforeEvent event, String taskId) {
    try {
      event.forwardTo(SurgeryView.class, surgeries.surgeryOf(taskId));
    } catch (AccessDeniedException | TaskConflictException | InvalidSurgery e) {
      Span refused = new Span(e.getMessage());
      refused.setId("task-unavailable");
      refused.getElement().setAttribute("role", "alert");
      add(new H2("This surgery task is not open to you"), refused, new Anchor("", "Back to my tasks"));
    }
  }
}
