package org.practiceassurance.action.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practiceassurance.action.ActionDetails;
import org.practiceassurance.action.internal.ActionWork;

/**
 * The owner's form ({@code carry-out-action}): what is asked and by when, the history so far,
 * progress notes and evidence, and "Mark done" to hand it to verification.
 */
@Route(ActionWork.CARRY_OUT_ROUTE)
@PageTitle("Carry out action | Practice Assurance")
@PermitAll
public class CarryOutActionView extends ActionTaskView {

  private final ActionWork work;
  final TextArea note = new TextArea("Progress note or evidence");
  final TextField link = new TextField("Link to evidence (optional)");
  final Button addNote = new Button("Add note");
  final Button markDone = new Button("Mark done");

  public CarryOutActionView(ActionWork work) {
    this.work = work;
    note.setId("note-text");
    note.setWidthFull();
    note.setMaxLength(4000);
    note.setHelperText("What you did and what difference it made for the child. Shown to whoever verifies it.");
    link.setId("note-link");
    link.setWidthFull();
    link.setPlaceholder("https://");
    link.setHelperText("Where the evidence is kept, e.g. the case record entry");
    addNote.setId("add-note");
    markDone.setId("mark-done");
    markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Map<String, HasValidation> fields = new LinkedHashMap<>(); // in screen order
    fields.put("text", note);
    fields.put("link", link);

    addNote.addClickListener(e -> {
      if (attempt(() -> work.addProgress(details.action().id(), note.getValue(), link.getValue()), fields,
          "Note added to " + details.action().id())) {
        note.clear();
        link.clear();
        reload();
      }
    });
    markDone.addClickListener(e -> {
      if (attempt(() -> work.markDone(taskId, note.getValue(), link.getValue()), fields,
          details.action().id() + " marked done and sent for verification")) {
        backToTasks();
      }
    });
    form.add(new H3("Record progress"), note, link, new HorizontalLayout(addNote, markDone));
  }

  @Override
  ActionDetails load(String taskId) {
    return work.carryOut(taskId);
  }

  @Override
  String heading(ActionDetails details) {
    String id = details.action().id();
    addNote.getElement().setAttribute("aria-label", "Add progress note to action " + id);
    markDone.getElement().setAttribute("aria-label", "Mark action " + id + " done and send it for verification");
    return "Carry out action " + id;
  }
}
