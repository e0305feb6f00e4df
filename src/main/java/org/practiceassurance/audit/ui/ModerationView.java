package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practiceassurance.audit.AuditDetails;
import org.practiceassurance.audit.AuditModeration;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.audit.InvalidSubmission;
import org.practiceassurance.audit.ModerationDecision;
import org.practiceassurance.audit.PracticeArea;
import org.practiceassurance.audit.QualityRating;
import org.practiceassurance.security.Roles;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskConflictException;

/** The moderator reads the audit and, area by area, agrees or changes the grade; then accepts or returns it. */
@Route("audits/moderate")
@PageTitle("Moderate audit | Practice Assurance")
@RolesAllowed(Roles.MODERATOR)
public class ModerationView extends VerticalLayout implements HasUrlParameter<String> {

  private final AuditModeration moderation;
  private final ProcessPaths paths;
  private final Map<String, Component> fields = new LinkedHashMap<>(); // in screen order
  private final FormProblems problems = new FormProblems(fields);
  private final ModerationDecision decision = new ModerationDecision();
  private String taskId;

  public ModerationView(AuditModeration moderation, ProcessPaths paths) {
    this.moderation = moderation;
    this.paths = paths;
    setMaxWidth("60rem");
  }

  @Override
  public void setParameter(BeforeEvent event, String taskId) {
    this.taskId = taskId;
    removeAll();
    AuditDetails audit;
    try {
      audit = moderation.open(taskId);
    } catch (TaskAccessDeniedException | TaskConflictException e) {
      add(new H2("Moderation"), new Paragraph(e.getMessage()));
      return;
    }
    add(new H2("Moderate the audit of " + audit.childReference()),
        new Paragraph("Audited by " + audit.auditor() + " · team " + audit.teamCode() + " · moderated because: "
            + audit.moderationReason()));
    // The audit's process, with moderation as its current step (this task runs in the process it calls).
    add(ProcessDiagram.whereThisCaseStands(() -> paths.forTask(taskId)));
    for (PracticeArea area : PracticeArea.values()) {
      Grade auditorGrade = audit.form().grade(area);
      decision.grades().put(area, auditorGrade);
      Paragraph evidence = new Paragraph("Auditor: " + (auditorGrade == null ? "—" : auditorGrade.label()) + ". "
          + (audit.form().evidence(area) == null ? "" : audit.form().evidence(area)));
      RadioButtonGroup<Grade> grade = new RadioButtonGroup<>("Moderated grade");
      grade.setItems(Grade.values());
      grade.setItemLabelGenerator(Grade::label);
      grade.setValue(auditorGrade);
      grade.setId("moderated-" + area);
      grade.addValueChangeListener(e -> decision.grades().put(area, e.getValue()));
      TextField reason = new TextField("Reason, if changed");
      reason.setWidthFull();
      reason.setId("reason-" + area);
      reason.addValueChangeListener(e -> decision.reasons().put(area, e.getValue()));
      fields.put("grade." + area, grade);
      fields.put("reason." + area, reason);
      add(new H3(area.label()), evidence, grade, reason);
    }
    add(new H3("The child"), new Paragraph("Voice: " + nullToDash(audit.form().getChildVoice())),
        new Paragraph("Diversity and identity: " + nullToDash(audit.form().getDiversityIdentity())),
        new Paragraph("Risk acted on: " + (Boolean.TRUE.equals(audit.form().getRiskActedOn()) ? "Yes" : "No")
            + (audit.form().getRiskNotes() == null ? "" : ". " + audit.form().getRiskNotes())));

    add(new H3("Overall"), new Paragraph("Auditor's overall grade: " + audit.form().getOverallGrade().label()
        + (audit.suggestedGrade() == null ? "" : " (suggested " + audit.suggestedGrade().label() + ")")));
    Select<Grade> finalGrade = new Select<>();
    finalGrade.setLabel("Final grade");
    finalGrade.setItems(Grade.values());
    finalGrade.setItemLabelGenerator(g -> g == null ? "" : g.label());
    finalGrade.setValue(audit.form().getOverallGrade());
    decision.setFinalGrade(audit.form().getOverallGrade());
    finalGrade.setId("final-grade");
    finalGrade.addValueChangeListener(e -> decision.setFinalGrade(e.getValue()));
    TextField finalReason = new TextField("Reason, if changed");
    finalReason.setWidthFull();
    finalReason.setId("final-grade-reason");
    finalReason.addValueChangeListener(e -> decision.setFinalGradeReason(e.getValue()));
    RadioButtonGroup<QualityRating> quality = new RadioButtonGroup<>("Quality of the audit");
    quality.setItems(QualityRating.values());
    quality.setItemLabelGenerator(QualityRating::label);
    quality.setId("quality");
    quality.addValueChangeListener(e -> decision.setQuality(e.getValue()));
    TextArea feedback = new TextArea("Feedback to the auditor");
    feedback.setWidthFull();
    feedback.setId("feedback");
    feedback.addValueChangeListener(e -> decision.setFeedback(e.getValue()));
    fields.put("finalGrade", finalGrade);
    fields.put("finalGradeReason", finalReason);
    fields.put("quality", quality);
    fields.put("feedback", feedback);
    add(finalGrade, finalReason, quality, feedback);

    Button accept = new Button("Accept audit", e -> submit(false));
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    accept.setId("accept-audit");
    Button returnIt = new Button("Return for rework", e -> submit(true));
    returnIt.setId("return-audit");
    add(new HorizontalLayout(accept, returnIt));
  }

  private void submit(boolean returnForRework) {
    decision.setReturnForRework(returnForRework);
    problems.clear();
    try {
      moderation.submit(taskId, decision);
      Notification.show(returnForRework ? "Returned to the auditor for rework." : "Audit accepted.", 4000,
          Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI().ifPresent(ui -> ui.navigate(""));
    } catch (InvalidSubmission e) {
      problems.show(e.problems());
    } catch (TaskAccessDeniedException | TaskConflictException e) {
      Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
  }

  private static String nullToDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
