package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.practiceassurance.audit.AuditProgrammes;
import org.practiceassurance.audit.CaseFileAudits;
import org.practiceassurance.audit.ProgrammeDraft;
import org.practiceassurance.audit.ProgrammeRules;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;

/** Quality managers: draft a month's audit programme by rule, adjust who audits what, and launch it. */
@Route("audits/programme")
@PageTitle("Audit programme | Practice Assurance")
@Menu(title = "Audit programme", order = 15, icon = "vaadin:calendar")
@RolesAllowed(Roles.QUALITY_MANAGER)
public class ProgrammeView extends VerticalLayout implements HasUrlParameter<String> {

  private final AuditProgrammes programmes;
  private final List<String> auditors;
  final IntegerField filesPerTeam = new IntegerField("Files per team");
  final MultiSelectComboBox<String> teams = new MultiSelectComboBox<>("Teams (all if none chosen)");
  final MultiSelectComboBox<LegalStatus> statuses = new MultiSelectComboBox<>("Legal statuses (any if none chosen)");
  final IntegerField notAuditedFor = new IntegerField("Not audited in the last (months)");
  final DatePicker due = new DatePicker("Due");
  private final Grid<ProgrammeDraft.Item> items = new Grid<>();
  private final Paragraph summary = new Paragraph();
  private final Button launch = new Button("Launch programme");
  private ProgrammeDraft current;

  public ProgrammeView(AuditProgrammes programmes, CaseFiles caseFiles, PeopleDirectory people) {
    this.programmes = programmes;
    this.auditors = people.withRole(Roles.AUDITOR).stream().sorted().toList();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    filesPerTeam.setValue(1);
    filesPerTeam.setMin(1);
    filesPerTeam.setMax(50);
    filesPerTeam.setId("files-per-team");
    teams.setItems(caseFiles.teams().stream().map(Team::code).sorted().toList());
    teams.setId("programme-teams");
    statuses.setItems(LegalStatus.values());
    statuses.setId("programme-statuses");
    notAuditedFor.setValue(6);
    notAuditedFor.setMin(0);
    due.setValue(today.plusDays(28));
    due.setMin(today);
    due.setId("programme-due");
    Button draft = new Button("Draft programme", e -> draft());
    draft.setId("draft-programme");
    items.setId("programme-items");
    items.addColumn(ProgrammeDraft.Item::childReference).setHeader("Child");
    items.addColumn(ProgrammeDraft.Item::teamCode).setHeader("Team");
    items.addComponentColumn(this::auditorSelect).setHeader("Auditor");
    launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    launch.setId("launch-programme");
    launch.addClickListener(e -> launch());
    launch.setEnabled(false);
    add(new H2("Audit programme"), new FormLayout(filesPerTeam, teams, statuses, notAuditedFor, due), draft,
        new H3("Draft"), summary, items, launch);
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
    if (taskId != null) {
      programmes.programmeOfTask(taskId).ifPresent(this::show);
    }
  }

  private void draft() {
    try {
      show(programmes.draft(YearMonth.now(ZoneId.of("Europe/London")), due.getValue(), new ProgrammeRules(
          filesPerTeam.getValue() == null ? 0 : filesPerTeam.getValue(), teams.getValue(), statuses.getValue(),
          notAuditedFor.getValue() == null ? 0 : notAuditedFor.getValue())));
    } catch (CaseFileAudits.InvalidAuditRequest ex) {
      Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
  }

  private void show(ProgrammeDraft draft) {
    current = draft;
    summary.setText(draft.month() + " · " + draft.items().size() + " files · due " + draft.dueDate() + " · " + draft.rules()
        + " · " + draft.status().toLowerCase());
    items.setItems(draft.items());
    launch.setEnabled("DRAFT".equals(draft.status()) && !draft.items().isEmpty());
  }

  private Select<String> auditorSelect(ProgrammeDraft.Item item) {
    Select<String> select = new Select<>();
    select.setItems(auditors);
    select.setValue(item.auditor());
    select.setEnabled("DRAFT".equals(current.status()));
    select.setId("auditor-" + item.index());
    select.addValueChangeListener(e -> {
      if (e.isFromClient() || e.getValue() != null && !e.getValue().equals(item.auditor())) {
        try {
          current = programmes.reassign(current.id(), item.index(), e.getValue());
        } catch (CaseFileAudits.InvalidAuditRequest ex) {
          select.setErrorMessage(ex.getMessage());
          select.setInvalid(true);
        }
      }
    });
    return select;
  }

  private void launch() {
    show(programmes.launch(current.id()));
    Notification.show(current.items().size() + " audits started and assigned to their auditors.", 5000,
        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
