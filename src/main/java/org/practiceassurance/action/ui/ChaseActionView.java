package org.practiceassurance.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.practiceassurance.action.ActionDetails;
import org.practiceassurance.action.internal.ActionWork;

/** The head of service's form ({@code chase-overdue-action}): why it is late and what was agreed. */
@Route(ActionWork.CHASE_ROUTE)
@PageTitle("Chase overdue action | Practice Assurance")
@PermitAll
public class ChaseActionView extends ActionTaskView {

  private final ActionWork work;
  final TextArea note = new TextArea("What you found out and agreed with the owner");
  final Button record = new Button("Record chase");

  public ChaseActionView(ActionWork work) {
    this.work = work;
    note.setId("chase-note");
    note.setWidthFull();
    note.setMaxLength(4000);
    record.setId("record-chase");
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    record.addClickListener(e -> {
      if (attempt(() -> work.recordChase(taskId, note.getValue()), Map.of("text", note),
          "Chase of " + details.action().id() + " recorded")) {
        backToTasks();
      }
    });
    form.add(new H3("Chase"), note, record);
  }

  @Override
  ActionDetails load(String taskId) {
    return work.chase(taskId);
  }

  @Override
  String heading(ActionDetails details) {
    record.getElement().setAttribute("aria-label", "Record the chase of overdue action " + details.action().id());
    return "Chase overdue action " + details.action().id();
  }
}
