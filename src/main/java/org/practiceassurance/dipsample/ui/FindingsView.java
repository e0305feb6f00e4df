package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.action.Priority;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.OrgService;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.dipsample.DipSampleDetails;
import org.practiceassurance.dipsample.DipSampleFindings;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.dipsample.InvalidDipSample;
import org.practiceassurance.dipsample.RerunChoice.Mode;
import org.practiceassurance.dipsample.RerunChoice;
import org.practiceassurance.security.Roles;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The lead's findings task: the results, what the sample found and the areas for urgent
 * remediation, actions raised from them, and whether (and when) the sample runs again.
 */
@Route("dip-samples/findings")
@PageTitle("Dip-sample findings | Practice Assurance")
@RolesAllowed(Roles.QUALITY_MANAGER)
public class FindingsView extends VerticalLayout implements HasUrlParameter<String> {

  private final DipSampleFindings findingsService;
  private final DipSamples dipSamples;
  final H2 title = new H2();
  final ResultsPanel results = new ResultsPanel();
  final TextArea findings = new TextArea("Findings");
  final TextArea remediation = new TextArea("Areas for urgent remediation");
  final TextArea actionDescription = new TextArea("What must be done");
  final TextField actionOwner = new TextField("Owner (username)");
  final ComboBox<OrgService> actionService = new ComboBox<>("Service");
  final ComboBox<Team> actionTeam = new ComboBox<>("Team (optional)");
  final DatePicker actionDue = new DatePicker("Due");
  final ComboBox<Priority> actionPriority = new ComboBox<>("Priority");
  final Button raiseAction = new Button("Raise action");
  final Span raised = new Span();
  final RadioButtonGroup<Mode> rerun = new RadioButtonGroup<>("Run it again?");
  final IntegerField weeks = new IntegerField("After how many weeks");
  final NumberField target = new NumberField("Until overall compliance reaches (%)");
  final Checkbox sameChildren = new Checkbox("With the same children (otherwise a new draw)");
  final Button publish = new Button("Publish findings");
  final Span message = new Span();
  private FormProblems problems;
  private String taskId;
  private long sampleId;

  public FindingsView(DipSampleFindings findingsService, DipSamples dipSamples, CaseFiles caseFiles) {
    this.findingsService = findingsService;
    this.dipSamples = dipSamples;
    setMaxWidth("80rem");
    title.setId("findings-title");
    findings.setId("findings");
    findings.setWidthFull();
    findings.setMinHeight("8rem");
    remediation.setId("remediation");
    remediation.setWidthFull();
    actionDescription.setId("action-description");
    actionDescription.setWidthFull();
    actionOwner.setId("action-owner");
    actionService.setId("action-service");
    actionService.setItems(caseFiles.services());
    actionService.setItemLabelGenerator(s -> s.code() + " — " + s.name());
    actionTeam.setId("action-team");
    actionTeam.setItems(caseFiles.teams());
    actionTeam.setItemLabelGenerator(t -> t.code() + " — " + t.name());
    actionTeam.setClearButtonVisible(true);
    actionTeam.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        actionService.getListDataView().getItems().filter(s -> s.code().equals(e.getValue().serviceCode())).findFirst()
            .ifPresent(actionService::setValue);
      }
    });
    actionDue.setId("action-due");
    actionDue.setValue(LocalDate.now(ZoneId.of("Europe/London")).plusDays(28));
    actionPriority.setId("action-priority");
    actionPriority.setItems(Priority.values());
    actionPriority.setValue(Priority.MEDIUM);
    raiseAction.setId("raise-action");
    raised.setId("raised-actions");
    rerun.setId("rerun");
    rerun.setItems(Mode.values());
    rerun.setItemLabelGenerator(m -> switch (m) {
      case NONE -> "No";
      case NOW -> "Yes, now";
      case AFTER_WEEKS -> "Yes, after a number of weeks";
      case UNTIL_TARGET -> "Every few weeks until a compliance target is met";
    });
    rerun.setValue(Mode.NONE);
    weeks.setId("rerun-weeks");
    weeks.setMin(1);
    weeks.setMax(52);
    target.setId("rerun-target");
    sameChildren.setId("same-children");
    publish.setId("publish-findings");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    rerun.addValueChangeListener(e -> showRerunFields());
    showRerunFields();
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    taskId = parameter;
    try {
      sampleId = findingsService.sampleOfFindingsTask(taskId);
    } catch (AccessDeniedException | TaskConflictException | IllegalArgumentException e) {
      Span refused = new Span(e.getMessage());
      refused.setId("task-unavailable");
      refused.getElement().setAttribute("role", "alert");
      add(new H2("These findings are not open to you"), refused, new Anchor("", "Back to my tasks"));
      return;
    }
    DipSampleDetails details = dipSamples.details(sampleId);
    title.setText("Findings: " + details.summary().title() + " — run " + details.summary().runNumber());
    results.show(findingsService.results(sampleId));
    RerunChoice inherited = findingsService.inheritedRerun(sampleId);
    rerun.setValue(inherited.mode());
    weeks.setValue(inherited.weeks());
    target.setValue(inherited.targetPercent());
    sameChildren.setValue(inherited.sameChildren());

    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("findings", findings);
    fields.put("remediation", remediation);
    fields.put("weeks", weeks);
    fields.put("target", target);
    fields.put("description", actionDescription);
    fields.put("owner", actionOwner);
    fields.put("serviceCode", actionService);
    fields.put("dueDate", actionDue);
    problems = new FormProblems(fields, message)
        .fieldErrors(InvalidDipSample.class, InvalidDipSample::errors)
        .fieldErrors(InvalidActionException.class, InvalidActionException::errors)
        .refusals(AccessDeniedException.class, TaskConflictException.class, IllegalArgumentException.class);
    raiseAction.addClickListener(e -> {
      String[] id = new String[1];
      if (problems.attempt(() -> id[0] = findingsService.raiseAction(sampleId, actionDescription.getValue(),
          actionOwner.getValue(), actionService.getValue() == null ? null : actionService.getValue().code(),
          actionTeam.getValue() == null ? null : actionTeam.getValue().code(), null, actionDue.getValue(),
          actionPriority.getValue()), null)) {
        raised.setText(raised.getText() + " Action " + id[0] + " raised.");
        actionDescription.clear();
      }
    });
    publish.addClickListener(e -> {
      String[] decision = new String[1];
      if (problems.attempt(() -> decision[0] = findingsService.complete(taskId, findings.getValue(),
          remediation.getValue(), new RerunChoice(rerun.getValue(), weeks.getValue(), target.getValue(),
              sameChildren.getValue())), null)) {
        com.vaadin.flow.component.notification.Notification.show("Findings published. " + decision[0], 5000,
            com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        getUI().ifPresent(ui -> ui.navigate(DipSampleView.class, sampleId));
      }
    });
    VerticalLayout actionForm = new VerticalLayout(actionDescription,
        new HorizontalLayout(actionOwner, actionService, actionTeam), new HorizontalLayout(actionDue, actionPriority),
        raiseAction, raised);
    actionForm.setPadding(false);
    Details actionDetails = new Details("Raise an action from the findings", actionForm);
    actionDetails.setId("findings-action-panel");
    actionDetails.setOpened(true);
    add(title, results, new H3("What the dip sample found"), findings, remediation, actionDetails, new H3("Run again"),
        rerun, new HorizontalLayout(weeks, target), sameChildren, message, publish);
  }

  private void showRerunFields() {
    Mode mode = rerun.getValue();
    weeks.setVisible(mode == Mode.AFTER_WEEKS || mode == Mode.UNTIL_TARGET);
    target.setVisible(mode == Mode.UNTIL_TARGET);
    sameChildren.setVisible(mode != null && mode != Mode.NONE);
  }
}
