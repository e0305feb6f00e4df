package org.practiceassurance.action.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practiceassurance.action.ActionDetails;
import org.practiceassurance.action.internal.ActionDates;
import org.practiceassurance.action.internal.ActionWork;

/**
 * The verifier's form ({@code verify-action}): the evidence so far, then close the action or
 * reopen it with a reason and a new due date. Never open to the action's owner.
 */
@Route(ActionWork.VERIFY_ROUTE)
@PageTitle("Verify action | Practice Assurance")
@PermitAll
public class VerifyActionView extends ActionTaskView {

  private final ActionWork work;
  final TextArea comment = new TextArea("What you checked (optional)");
  final Button close = new Button("Close action");
  final TextArea reason = new TextArea("Why it is reopened");
  final DatePicker newDueDate = new DatePicker("New due date");
  final Button reopen = new Button("Reopen");

  public VerifyActionView(ActionWork work) {
    this.work = work;
    comment.setId("verify-comment");
    comment.setWidthFull();
    comment.setMaxLength(4000);
    close.setId("close-action");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    reason.setId("reopen-reason");
    reason.setWidthFull();
    reason.setMaxLength(2000);
    reason.setHelperText("What is still missing; the owner sees this.");
    newDueDate.setId("reopen-due-date");
    newDueDate.setMin(ActionDates.today());
    reopen.setId("reopen-action");
    reopen.addThemeVariants(ButtonVariant.LUMO_ERROR);

    close.addClickListener(e -> {
      if (attempt(() -> work.close(taskId, comment.getValue()), Map.of("comment", comment),
          details.action().id() + " verified and closed")) {
        backToTasks();
      }
    });
    reopen.addClickListener(e -> {
      Map<String, HasValidation> fields = new LinkedHashMap<>(); // in screen order
      fields.put("reason", reason);
      fields.put("dueDate", newDueDate);
      if (attempt(() -> work.reopen(taskId, reason.getValue(), newDueDate.getValue()), fields,
          details.action().id() + " reopened and back with " + details.action().owner())) {
        backToTasks();
      }
    });
    form.add(new H3("Verify"),
        new Paragraph("Close the action if the evidence shows it made the difference asked for."), comment, close,
        new H3("Or reopen it"), reason, newDueDate, reopen);
  }

  @Override
  ActionDetails load(String taskId) {
    return work.verification(taskId);
  }

  @Override
  String heading(ActionDetails details) {
    String id = details.action().id();
    close.getElement().setAttribute("aria-label", "Verify and close action " + id);
    reopen.getElement().setAttribute("aria-label", "Reopen action " + id + " and send it back to its owner");
    return "Verify action " + id;
  }
}
