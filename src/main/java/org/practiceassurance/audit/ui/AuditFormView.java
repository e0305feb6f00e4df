package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practiceassurance.audit.AuditDetails;
import org.practiceassurance.audit.AuditForm;
import org.practiceassurance.audit.AuditWork;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.audit.InvalidSubmission;
import org.practiceassurance.audit.PracticeArea;
import org.practiceassurance.security.Roles;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskConflictException;

/**
 * The audit form. Every change is saved on the server at once (closing the browser loses nothing);
 * the overall grade the decision table suggests updates as the areas are graded.
 */
@Route("audits/form")
@PageTitle("Audit | Practice Assurance")
@RolesAllowed(Roles.AUDITOR)
public class AuditFormView extends VerticalLayout implements HasUrlParameter<String> {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(UK);

  private final AuditWork work;
  private final ProcessPaths paths;
  private final Map<String, Component> fields = new LinkedHashMap<>(); // in screen order
  private final FormProblems problems = new FormProblems(fields);
  private final Span draftStatus = new Span();
  private final Span suggested = new Span();
  private final VerticalLayout actionsList = new VerticalLayout();
  private String taskId;
  private AuditForm form;
  private AuditDetails audit;
  private boolean loading;

  public AuditFormView(AuditWork work, ProcessPaths paths) {
    this.work = work;
    this.paths = paths;
    setMaxWidth("60rem");
    draftStatus.setId("draft-status");
    suggested.setId("suggested-grade");
  }

  @Override
  public void setParameter(BeforeEvent event, String taskId) {
    this.taskId = taskId;
    removeAll();
    try {
      audit = work.open(taskId);
    } catch (TaskAccessDeniedException | TaskConflictException e) {
      add(new H2("Audit"), new Paragraph(e.getMessage()));
      return;
    }
    form = audit.form();
    loading = true;
    build();
    loading = false;
    showSuggestion();
  }

  private void build() {
    add(new H2("Audit of " + audit.childReference()));
    add(new Paragraph("Team " + audit.teamCode() + " · allocated worker " + nullToDash(audit.allocatedWorker())
        + " · due " + audit.dueDate().format(DateTimeFormatter.ofPattern("d MMM yyyy"))));
    draftStatus.setText(audit.draftSavedAt() == null ? "Not saved yet" : "Draft saved " + TIME.format(audit.draftSavedAt()));
    add(draftStatus);
    audit.moderations().stream().findFirst().filter(m -> "RETURNED".equals(m.outcome())).ifPresent(m -> {
      Details comments = new Details("Returned by " + m.moderator() + " for rework", new Paragraph(m.feedback()));
      comments.setOpened(true);
      comments.setId("moderator-comments");
      add(comments);
    });
    add(ProcessDiagram.whereThisCaseStands(() -> paths.forTask(taskId)));

    for (PracticeArea area : PracticeArea.values()) {
      RadioButtonGroup<Grade> grade = new RadioButtonGroup<>(area.label());
      grade.setItems(Grade.values());
      grade.setItemLabelGenerator(Grade::label);
      grade.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
      grade.setValue(form.grade(area));
      grade.setId("grade-" + area);
      grade.addValueChangeListener(e -> changed(() -> form.setGrade(area, e.getValue())));
      TextArea evidence = textArea("Evidence", form.evidence(area), "evidence-" + area,
          v -> form.setEvidence(area, v));
      evidence.setHelperText("Required for Requires improvement and Inadequate");
      fields.put("grade." + area, grade);
      fields.put("evidence." + area, evidence);
      add(new H3(area.label()), grade, evidence);
    }

    add(new H3("The child"));
    TextArea voice = textArea("The child's voice: were their views and wishes recorded and used?", form.getChildVoice(),
        "child-voice", form::setChildVoice);
    TextArea diversity = textArea("Diversity and identity", form.getDiversityIdentity(), "diversity", form::setDiversityIdentity);
    RadioButtonGroup<Boolean> risk = new RadioButtonGroup<>("Was risk identified and acted on with urgency?");
    risk.setItems(Boolean.TRUE, Boolean.FALSE);
    risk.setItemLabelGenerator(b -> b ? "Yes" : "No");
    risk.setValue(form.getRiskActedOn());
    risk.setId("risk-acted-on");
    risk.addValueChangeListener(e -> changed(() -> form.setRiskActedOn(e.getValue())));
    TextArea riskNotes = textArea("Risk notes", form.getRiskNotes(), "risk-notes", form::setRiskNotes);
    fields.put("childVoice", voice);
    fields.put("diversityIdentity", diversity);
    fields.put("riskActedOn", risk);
    fields.put("riskNotes", riskNotes);
    add(voice, diversity, risk, riskNotes);

    add(new H3("Overall grade"), suggested);
    Select<Grade> overall = new Select<>();
    overall.setLabel("Overall grade");
    overall.setItems(Grade.values());
    overall.setItemLabelGenerator(g -> g == null ? "" : g.label());
    overall.setValue(form.getOverallGrade());
    overall.setId("overall-grade");
    overall.addValueChangeListener(e -> changed(() -> form.setOverallGrade(e.getValue())));
    TextArea reason = textArea("Why a different grade from the one suggested?", form.getOverallGradeReason(),
        "overall-grade-reason", form::setOverallGradeReason);
    fields.put("overallGrade", overall);
    fields.put("overallGradeReason", reason);
    add(overall, reason);

    add(new H3("Actions on behalf of the child"));
    actionsList.setPadding(false);
    renderActions();
    Button addAction = new Button("Add action", e -> {
      form.actions().add(new AuditForm.ProposedAction("", audit.allocatedWorker(), LocalDate.now(UK).plusDays(28), "MEDIUM"));
      renderActions();
      save();
    });
    addAction.setId("add-action");
    add(actionsList, addAction);

    add(new H3("Child at risk now"));
    TextArea concern = new TextArea("What puts the child at risk now?");
    concern.setWidthFull();
    concern.setId("concern-reason");
    Button flag = new Button("Flag child at risk now", e -> flag(concern));
    flag.addThemeVariants(ButtonVariant.LUMO_ERROR);
    flag.setId("flag-child-at-risk");
    add(new Paragraph("The child goes onto the Cases of Concern register at once and their team manager and head "
        + "of service are asked to act; the director is told if no one acknowledges it within 24 hours."), concern, flag);

    Button submit = new Button("Submit audit", e -> submit());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setId("submit-audit");
    add(submit);
  }

  private void renderActions() {
    actionsList.removeAll();
    List<AuditForm.ProposedAction> actions = form.actions();
    for (int i = 0; i < actions.size(); i++) {
      int index = i;
      AuditForm.ProposedAction a = actions.get(i);
      TextField description = new TextField("Action " + (i + 1));
      description.setValue(a.description() == null ? "" : a.description());
      description.setWidth("24rem");
      description.setValueChangeMode(ValueChangeMode.LAZY);
      description.setId("action-" + i + "-description");
      TextField owner = new TextField("Owner");
      owner.setValue(a.owner() == null ? "" : a.owner());
      owner.setId("action-" + i + "-owner");
      DatePicker due = new DatePicker("Due");
      due.setValue(a.dueDate());
      due.setId("action-" + i + "-due");
      Select<String> priority = new Select<>();
      priority.setLabel("Priority");
      priority.setItems("LOW", "MEDIUM", "HIGH", "URGENT");
      priority.setValue(a.priority());
      priority.setId("action-" + i + "-priority");
      Runnable update = () -> actions.set(index, new AuditForm.ProposedAction(description.getValue(), owner.getValue(),
          due.getValue(), priority.getValue()));
      description.addValueChangeListener(e -> changed(update));
      owner.addValueChangeListener(e -> changed(update));
      due.addValueChangeListener(e -> changed(update));
      priority.addValueChangeListener(e -> changed(update));
      Button remove = new Button("Remove", e -> {
        actions.remove(index);
        renderActions();
        save();
      });
      remove.getElement().setAttribute("aria-label", "Remove action " + (i + 1));
      fields.put("action." + i + ".description", description);
      fields.put("action." + i + ".owner", owner);
      fields.put("action." + i + ".dueDate", due);
      HorizontalLayout row = new HorizontalLayout(description, owner, due, priority, remove);
      row.setAlignItems(Alignment.BASELINE);
      row.setWrap(true);
      actionsList.add(row);
    }
  }

  private TextArea textArea(String label, String value, String id, java.util.function.Consumer<String> setter) {
    TextArea area = new TextArea(label);
    area.setWidthFull();
    area.setValue(value == null ? "" : value);
    area.setValueChangeMode(ValueChangeMode.LAZY);
    area.setId(id);
    area.addValueChangeListener(e -> changed(() -> setter.accept(e.getValue())));
    return area;
  }

  private void changed(Runnable update) {
    update.run();
    if (!loading) {
      save();
      showSuggestion();
    }
  }

  private void save() {
    try {
      Instant saved = work.saveDraft(taskId, form);
      draftStatus.setText("Draft saved " + TIME.format(saved));
    } catch (TaskAccessDeniedException | TaskConflictException e) {
      draftStatus.setText("Not saved: " + e.getMessage());
      Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    } catch (org.springframework.dao.OptimisticLockingFailureException e) {
      draftStatus.setText("Not saved: this audit was saved from another window a moment ago. Reload the page to continue.");
      Notification.show(draftStatus.getText(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
  }

  private void showSuggestion() {
    Grade grade = work.suggest(form);
    suggested.setText(grade == null ? "Grade every area to see the suggested overall grade."
        : "Suggested overall grade: " + grade.label());
  }

  private void submit() {
    problems.clear();
    try {
      work.submit(taskId, form);
      Notification.show("Audit of " + audit.childReference() + " submitted.", 4000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI().ifPresent(ui -> ui.navigate(""));
    } catch (InvalidSubmission e) {
      problems.show(e.problems(), "to complete before submitting");
    } catch (TaskAccessDeniedException | TaskConflictException e) {
      Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    } catch (org.springframework.dao.OptimisticLockingFailureException e) {
      Notification.show("This audit was changed from another window a moment ago. Reload the page; your answers here "
          + "are still on screen.", 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
  }

  private void flag(TextArea concern) {
    try {
      long id = work.flagChildAtRisk(audit.auditId(), concern.getValue());
      concern.clear();
      concern.setInvalid(false);
      Notification.show("Concern " + id + " is on the register; the team manager and head of service have been asked to act.",
          6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidSubmission e) {
      concern.setErrorMessage(e.problems().values().iterator().next());
      concern.setInvalid(true);
    } catch (TaskAccessDeniedException e) {
      Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
  }

  private static String nullToDash(String s) {
    return s == null ? "—" : s;
  }
}
