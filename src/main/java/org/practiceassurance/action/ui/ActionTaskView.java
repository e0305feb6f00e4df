package org.practiceassurance.action.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Map;
import org.practiceassurance.action.ActionDetails;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A form opened from the task list on one task of the action process ({@code <route>/<taskId>}).
 * Every step is checked again on the server; on a refusal or a conflict the message is shown in
 * place and whatever the person typed stays in the form.
 */
abstract class ActionTaskView extends VerticalLayout implements HasUrlParameter<String> {

  final H2 title = new H2();
  final Span unavailable = new Span();
  final Span message = new Span();
  final ActionPanel panel = new ActionPanel();
  final VerticalLayout form = new VerticalLayout();
  String taskId;
  ActionDetails details;
  private ProcessPaths processPaths;
  final Details whereItStands = ProcessDiagram.whereThisCaseStands(() -> processPaths.forTask(taskId));

  ActionTaskView() {
    setMaxWidth("72rem");
    unavailable.setId("task-unavailable");
    unavailable.getElement().setAttribute("role", "alert");
    unavailable.setVisible(false);
    message.setId("form-message");
    message.getElement().setAttribute("role", "alert");
    message.getElement().getThemeList().add("badge error");
    message.setVisible(false);
    form.setPadding(false);
    add(title, unavailable, panel, whereItStands, form, message);
  }

  /** Set by Spring when it creates the view (method injection keeps the subclasses' constructors as they are). */
  @Autowired
  void setProcessPaths(ProcessPaths processPaths) {
    this.processPaths = processPaths;
  }

  /** Reads the action behind the task; throws if the person may not work on it. */
  abstract ActionDetails load(String taskId);

  /** The heading once the action is known. */
  abstract String heading(ActionDetails details);

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    taskId = parameter;
    try {
      reload();
    } catch (AccessDeniedException | TaskConflictException e) {
      title.setText("This task is not open to you");
      unavailable.setText(e.getMessage());
      unavailable.setVisible(true);
      panel.setVisible(false);
      whereItStands.setVisible(false);
      form.setVisible(false);
      add(new Anchor("", "Back to my tasks"));
    }
  }

  void reload() {
    details = load(taskId);
    title.setText(heading(details));
    panel.show(details);
  }

  /**
   * Runs one step; on success tells the person and returns true. Bad input marks the fields at fault
   * (by the service's field names, in the map's order) and goes to the first; a refusal or a
   * conflict is shown above; the input stays.
   */
  boolean attempt(Runnable step, Map<String, ? extends HasValidation> fields, String done) {
    return new FormProblems(fields, message)
        .fieldErrors(InvalidActionException.class, InvalidActionException::errors)
        .refusals(AccessDeniedException.class, TaskConflictException.class)
        .attempt(step, done);
  }

  void backToTasks() {
    getUI().ifPresent(ui -> ui.navigate("")); // the task list (workflow module)
  }
}
