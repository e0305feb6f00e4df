package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.action.Priority;
import org.practiceassurance.dipsample.Answer;
import org.practiceassurance.dipsample.AnswerValue;
import org.practiceassurance.dipsample.DipSampleReviews;
import org.practiceassurance.dipsample.InvalidDipSample;
import org.practiceassurance.dipsample.Question;
import org.practiceassurance.dipsample.ReviewForm;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A reviewer's form for one file of a dip sample: every question with its guidance, answers saved
 * as they are given (closing the browser loses nothing), optional notes; from here an action or a
 * Cases of Concern entry for the child; "Submit review" once every question is answered.
 */
@Route("dip-samples/review")
@PageTitle("Dip-sample review | Practice Assurance")
@PermitAll // the service checks that the task and the file are this reviewer's
public class ReviewFileView extends VerticalLayout implements HasUrlParameter<String> {

  private final DipSampleReviews reviews;
  final H2 title = new H2();
  final Paragraph about = new Paragraph();
  final VerticalLayout questions = new VerticalLayout();
  final Map<Long, RadioButtonGroup<Answer>> choices = new LinkedHashMap<>();
  final Map<Long, NumberField> numbers = new LinkedHashMap<>();
  final Map<Long, TextArea> texts = new LinkedHashMap<>();
  final Map<Long, TextField> notes = new LinkedHashMap<>();
  final Map<String, HasValidation> fields = new LinkedHashMap<>();
  final Button submit = new Button("Submit review");
  final TextArea actionDescription = new TextArea("What must be done");
  final TextField actionOwner = new TextField("Owner (username)");
  final DatePicker actionDue = new DatePicker("Due");
  final ComboBox<Priority> actionPriority = new ComboBox<>("Priority");
  final Button raiseAction = new Button("Raise action");
  final TextArea concernReason = new TextArea("Why is the child at risk now?");
  final Button raiseConcern = new Button("Child at risk now");
  final Span raised = new Span();
  final Span message = new Span();
  private FormProblems problems;
  private String taskId;

  public ReviewFileView(DipSampleReviews reviews) {
    this.reviews = reviews;
    setMaxWidth("64rem");
    title.setId("review-title");
    about.setId("review-about");
    questions.setPadding(false);
    submit.setId("submit-review");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    actionDescription.setId("action-description");
    actionDescription.setWidthFull();
    actionOwner.setId("action-owner");
    actionDue.setId("action-due");
    actionDue.setValue(LocalDate.now(ZoneId.of("Europe/London")).plusDays(28));
    actionPriority.setId("action-priority");
    actionPriority.setItems(Priority.values());
    actionPriority.setValue(Priority.MEDIUM);
    raiseAction.setId("raise-action");
    concernReason.setId("concern-reason");
    concernReason.setWidthFull();
    raiseConcern.setId("raise-concern");
    raiseConcern.addThemeVariants(ButtonVariant.LUMO_ERROR);
    raised.setId("raised-from-file");
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    taskId = parameter;
    ReviewForm form;
    try {
      form = reviews.form(taskId);
    } catch (AccessDeniedException | TaskConflictException | IllegalArgumentException e) {
      Span refused = new Span(e.getMessage());
      refused.setId("task-unavailable");
      refused.getElement().setAttribute("role", "alert");
      add(new H2("This review is not open to you"), refused, new Anchor("", "Back to my tasks"));
      return;
    }
    build(form);
  }

  private void build(ReviewForm form) {
    title.setText("Review " + form.file().childReference() + " — " + form.sampleTitle());
    about.setText(form.themeName() + ". Team " + form.file().teamCode() + ", " + form.file().locality()
        + ", legal status " + form.legalStatus() + (form.allocatedWorker() == null ? "" : ", worker " + form.allocatedWorker())
        + ". Due " + DipSampleView.DATE.format(form.dueDate()) + ". Answers are saved as you give them.");
    for (Question q : form.questions()) {
      questions.add(questionBlock(q, form.answers().get(q.id())));
    }
    actionOwner.setValue(form.allocatedWorker() != null ? form.allocatedWorker()
        : form.teamManager() != null ? form.teamManager() : "");
    showRaised(form);
    fields.put("description", actionDescription);
    fields.put("owner", actionOwner);
    fields.put("dueDate", actionDue);
    fields.put("reason", concernReason);
    problems = new FormProblems(fields, message)
        .fieldErrors(InvalidDipSample.class, InvalidDipSample::errors)
        .fieldErrors(InvalidActionException.class, InvalidActionException::errors)
        .refusals(AccessDeniedException.class, TaskConflictException.class, IllegalArgumentException.class);
    submit.addClickListener(e -> {
      if (problems.attempt(() -> reviews.submit(taskId), "Review of " + form.file().childReference() + " submitted")) {
        getUI().ifPresent(ui -> ui.navigate(""));
      }
    });
    raiseAction.addClickListener(e -> {
      String[] id = new String[1];
      if (problems.attempt(() -> id[0] = reviews.raiseAction(taskId, actionDescription.getValue(),
          actionOwner.getValue(), actionDue.getValue(), actionPriority.getValue()), null)) {
        raised.setText(raised.getText() + " Action " + id[0] + " raised.");
        actionDescription.clear();
      }
    });
    raiseConcern.addClickListener(e -> {
      long[] id = new long[1];
      if (problems.attempt(() -> id[0] = reviews.raiseConcern(taskId, concernReason.getValue()), null)) {
        raised.setText(raised.getText() + " Child added to the Cases of Concern register (entry " + id[0] + ").");
        concernReason.clear();
      }
    });
    VerticalLayout actionForm = new VerticalLayout(actionDescription,
        new HorizontalLayout(actionOwner, actionDue, actionPriority), raiseAction);
    actionForm.setPadding(false);
    VerticalLayout concernForm = new VerticalLayout(new Paragraph("The child goes onto the Cases of Concern register"
        + " at once and the team manager is answerable until the risk is resolved."), concernReason, raiseConcern);
    concernForm.setPadding(false);
    Details actionDetails = new Details("Raise an action for this child", actionForm);
    actionDetails.setId("action-panel");
    Details concernDetails = new Details("Child at risk now", concernForm);
    concernDetails.setId("concern-panel");
    add(title, about, questions, actionDetails, concernDetails, raised, message, submit);
  }

  private Div questionBlock(Question q, AnswerValue saved) {
    Div block = new Div();
    block.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-s)")
        .set("width", "100%");
    Span heading = new Span(q.position() + ". " + q.text());
    heading.getStyle().set("font-weight", "600");
    Paragraph guidance = new Paragraph(q.guidance());
    guidance.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
    TextField note = new TextField("Notes (optional)");
    note.setId("notes-" + q.position());
    note.setWidthFull();
    note.setMaxLength(2000);
    if (saved != null && saved.notes() != null) {
      note.setValue(saved.notes());
    }
    notes.put(q.id(), note);
    fields.put("q" + q.position() + ".notes", note);
    block.add(heading, guidance);
    switch (q.answerType()) {
      case YES_PARTLY_NO_NA -> {
        RadioButtonGroup<Answer> choice = new RadioButtonGroup<>();
        choice.setId("answer-" + q.position());
        choice.setItems(Answer.values());
        choice.setItemLabelGenerator(Answer::label);
        choice.setAriaLabel("Question " + q.position());
        if (saved != null) {
          choice.setValue(saved.answer());
        }
        choice.addValueChangeListener(e -> save(q));
        choices.put(q.id(), choice);
        fields.put("q" + q.position(), choice);
        block.add(choice);
      }
      case NUMBER -> {
        NumberField number = new NumberField();
        number.setId("answer-" + q.position());
        number.setAriaLabel("Question " + q.position());
        if (saved != null) {
          number.setValue(saved.number());
        }
        number.addValueChangeListener(e -> save(q));
        numbers.put(q.id(), number);
        fields.put("q" + q.position(), number);
        block.add(number);
      }
      case TEXT -> {
        TextArea text = new TextArea();
        text.setId("answer-" + q.position());
        text.setAriaLabel("Question " + q.position());
        text.setWidthFull();
        text.setMaxLength(4000);
        if (saved != null && saved.text() != null) {
          text.setValue(saved.text());
        }
        text.addValueChangeListener(e -> save(q));
        texts.put(q.id(), text);
        fields.put("q" + q.position(), text);
        block.add(text);
      }
    }
    note.addValueChangeListener(e -> save(q));
    block.add(note);
    return block;
  }

  /** Saves one question's answer and notes as they stand; a failure is shown and the input stays. */
  private void save(Question q) {
    RadioButtonGroup<Answer> choice = choices.get(q.id());
    NumberField number = numbers.get(q.id());
    TextArea text = texts.get(q.id());
    problems.attempt(() -> reviews.save(taskId, new AnswerValue(q.id(), choice == null ? null : choice.getValue(),
        number == null ? null : number.getValue(), text == null ? null : text.getValue(), notes.get(q.id()).getValue())),
        null);
  }

  private void showRaised(ReviewForm form) {
    String text = (form.actionsRaised().isEmpty() ? "" : "Actions raised from this file: "
        + String.join(", ", form.actionsRaised()) + ".")
        + (form.concernsRaised().isEmpty() ? "" : " On the Cases of Concern register from this file: entry "
        + form.concernsRaised().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ".");
    raised.setText(text);
  }
}
