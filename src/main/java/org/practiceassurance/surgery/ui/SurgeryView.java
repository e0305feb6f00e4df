package org.practiceassurance.surgery.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
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
import java.util.NoSuchElementException;
import org.practiceassurance.action.Priority;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.dipsample.QuestionLibrary;
import org.practiceassurance.dipsample.Theme;
import org.practiceassurance.indicator.IndicatorSeries;
import org.practiceassurance.security.Roles;
import org.practiceassurance.surgery.CarriedAction;
import org.practiceassurance.surgery.DipSampleAsk;
import org.practiceassurance.surgery.InvalidSurgery;
import org.practiceassurance.surgery.LogActionRequest;
import org.practiceassurance.surgery.LoggedAction;
import org.practiceassurance.surgery.ReviewOutcome;
import org.practiceassurance.surgery.Surgeries;
import org.practiceassurance.surgery.SurgeryDetails;
import org.practiceassurance.surgery.SurgeryPack;
import org.practiceassurance.surgery.internal.SurgeryStarter;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One surgery, for everyone who may see it: the preparation pack, the earlier actions reviewed, the
 * notes, the live action log, the children escalated and the dip samples asked for. While the lead's
 * task is open, the same page is where they prepare (attendees) and hold the meeting.
 */
@Route("surgery")
@PageTitle("Surgery | Practice Assurance")
@RolesAllowed({Roles.HEAD_OF_SERVICE, Roles.DIRECTOR, Roles.QUALITY_MANAGER, Roles.ADMIN})
public class SurgeryView extends VerticalLayout implements HasUrlParameter<Long> {

  private final Surgeries surgeries;
  private final QuestionLibrary library;
  private final ProcessPaths paths;
  final H2 title = new H2();
  final Paragraph about = new Paragraph();
  final Span message = new Span();
  final PackPanel pack = new PackPanel();
  final Grid<LoggedAction> log = new Grid<>();
  final Grid<CarriedAction> carried = new Grid<>();
  final Grid<ConcernEntry> escalations = new Grid<>();
  final Grid<DipSampleAsk> dipSamples = new Grid<>();
  final Paragraph notes = new Paragraph();
  private long surgeryId;
  private SurgeryDetails details;
  private FormProblems problems;
  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  public SurgeryView(Surgeries surgeries, QuestionLibrary library, ProcessPaths paths) {
    this.surgeries = surgeries;
    this.library = library;
    this.paths = paths;
    setMaxWidth("90rem");
    title.setId("surgery-title");
    about.setId("surgery-about");
    log.setId("surgery-log");
    log.addColumn(a -> a.action().id()).setHeader("Action").setAutoWidth(true);
    log.addColumn(a -> a.action().description()).setHeader("What").setFlexGrow(3);
    log.addColumn(a -> a.action().childReference() == null ? "" : a.action().childReference()).setHeader("Child");
    log.addColumn(a -> a.action().owner()).setHeader("Owner");
    log.addColumn(LoggedAction::accountableHeadOfService).setHeader("Accountable");
    log.addColumn(a -> PackPanel.DATE.format(a.action().dueDate())).setHeader("Due");
    log.addColumn(a -> a.action().status().label()).setHeader("Status");
    log.setAllRowsVisible(true);
    carried.setId("surgery-carried");
    carried.addColumn(c -> c.logged().action().id()).setHeader("Action").setAutoWidth(true);
    carried.addColumn(c -> c.logged().action().description()).setHeader("What").setFlexGrow(3);
    carried.addColumn(c -> c.logged().action().status().label()).setHeader("Status");
    carried.addColumn(c -> c.outcome() == null ? "Not yet reviewed" : c.outcome() == ReviewOutcome.RESOLVED ? "Resolved"
        : "Carried forward: " + c.reason()).setHeader("This surgery").setFlexGrow(2);
    carried.setAllRowsVisible(true);
    escalations.setId("surgery-escalations");
    escalations.addColumn(ConcernEntry::childReference).setHeader("Child");
    escalations.addColumn(ConcernEntry::reason).setHeader("Reason").setFlexGrow(3);
    escalations.addColumn(e -> e.status().label()).setHeader("Status");
    escalations.setAllRowsVisible(true);
    dipSamples.setId("surgery-dip-samples");
    dipSamples.addColumn(DipSampleAsk::themeCode).setHeader("Theme");
    dipSamples.addColumn(DipSampleAsk::reason).setHeader("To find out").setFlexGrow(3);
    dipSamples.addColumn(DipSampleAsk::requestedBy).setHeader("Asked by");
    dipSamples.setAllRowsVisible(true);
    notes.setId("surgery-notes");
    problems = new FormProblems(fields, message)
        .fieldErrors(InvalidSurgery.class, InvalidSurgery::errors)
        .refusals(AccessDeniedException.class, TaskConflictException.class, IllegalArgumentException.class);
  }

  @Override
  public void setParameter(BeforeEvent event, Long parameter) {
    long requested = parameter == null ? 0 : parameter;
    if (details != null && requested == surgeryId) {
      // Already on screen. After the task list's forward here, Vaadin's client router may send this same
      // location back as a navigation of its own a moment later; rebuilding would drop what the lead has typed.
      return;
    }
    surgeryId = requested;
    try {
      show();
    } catch (AccessDeniedException | NoSuchElementException e) {
      details = null;
      removeAll();
      Span refused = new Span(e instanceof NoSuchElementException ? "There is no such surgery." : e.getMessage());
      refused.setId("surgery-unavailable");
      refused.getElement().setAttribute("role", "alert");
      add(new H2("This surgery is not open to you"), refused);
    }
  }

  void show() {
    removeAll();
    fields.clear();
    details = surgeries.details(surgeryId);
    var s = details.summary();
    title.setText("Surgery: " + s.scope() + ", " + PackPanel.DATE.format(s.dueDate()));
    about.setText("Led by " + s.lead() + (s.adHoc() ? " (ad hoc)" : "") + ". Status: " + s.status().name().toLowerCase()
        + "." + (details.attendees() == null ? "" : " Attendees: " + details.attendees() + "."));
    add(title, about, message);
    // Read only when opened, for the surgery this page has just shown to this person.
    add(ProcessDiagram.whereThisCaseStands(() -> paths.forBusinessKey(SurgeryStarter.PROCESS_KEY,
        SurgeryStarter.businessKey(surgeryId)).orElseThrow(() -> new NoSuchElementException("This surgery has no process."))));
    SurgeryPack p = surgeries.pack(surgeryId);
    if (details.prepareTaskId() != null) {
      add(prepareSection());
    }
    if (details.holdTaskId() != null) {
      add(holdSection(p));
    } else {
      carried.setItems(details.carried());
      StringBuilder text = new StringBuilder();
      details.notes().forEach((code, note) -> text.append(code).append(": ").append(note).append("  "));
      notes.setText(text.isEmpty() ? "No notes." : text.toString().trim());
      add(new H3("Earlier actions reviewed"), carried, new H3("Notes per indicator"), notes);
    }
    log.setItems(details.log());
    escalations.setItems(details.escalations());
    dipSamples.setItems(details.dipSamples());
    pack.show(p, surgeries::packPdf);
    Details packDetails = new Details("Preparation pack", pack);
    packDetails.setId("pack-panel");
    packDetails.setOpened(details.holdTaskId() == null);
    add(new H3("Action log"), log, new H3("Children escalated to Cases of Concern"), escalations,
        new H3("Dip samples asked for"), dipSamples, packDetails);
  }

  private VerticalLayout prepareSection() {
    TextArea attendees = new TextArea("Attendees");
    attendees.setId("attendees");
    attendees.setWidthFull();
    attendees.setHelperText("Who will attend: names and roles.");
    Button ready = new Button("Prepared: ready to hold");
    ready.setId("prepared");
    ready.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    fields.put("attendees", attendees);
    ready.addClickListener(e -> {
      if (problems.attempt(() -> surgeries.prepare(details.prepareTaskId(), attendees.getValue()), "Surgery prepared")) {
        show();
      }
    });
    VerticalLayout section = new VerticalLayout(new H3("Prepare"), new Paragraph("Read the pack below (or download it),"
        + " then record who will attend."), attendees, ready);
    section.setPadding(false);
    return section;
  }

  private VerticalLayout holdSection(SurgeryPack p) {
    VerticalLayout section = new VerticalLayout();
    section.setPadding(false);
    // 1. Earlier actions first.
    section.add(new H3("1. Open actions from earlier surgeries"));
    if (details.carried().isEmpty()) {
      section.add(new Paragraph("None."));
    }
    for (CarriedAction c : details.carried()) {
      String id = c.logged().action().id();
      RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>();
      outcome.setId("review-" + id);
      outcome.setItems(ReviewOutcome.values());
      outcome.setItemLabelGenerator(o -> o == ReviewOutcome.RESOLVED ? "Resolved" : "Carried forward");
      outcome.setValue(c.outcome());
      outcome.setAriaLabel("Review of " + id);
      TextField reason = new TextField("Reason (carried forward)");
      reason.setId("reason-" + id);
      reason.setValue(c.reason() == null ? "" : c.reason());
      reason.setWidth("28rem");
      Button record = new Button("Record");
      record.setId("record-" + id);
      Map<String, HasValidation> rowFields = new LinkedHashMap<>();
      rowFields.put("outcome", outcome);
      rowFields.put("reason", reason);
      FormProblems rowProblems = new FormProblems(rowFields, message)
          .fieldErrors(InvalidSurgery.class, InvalidSurgery::errors)
          .refusals(AccessDeniedException.class, TaskConflictException.class, IllegalArgumentException.class);
      record.addClickListener(e -> {
        if (rowProblems.attempt(() -> surgeries.reviewCarried(surgeryId, id, outcome.getValue(), reason.getValue()),
            id + " reviewed")) {
          show();
        }
      });
      Span what = new Span(id + ": " + c.logged().action().description() + " (" + c.logged().action().owner() + ", "
          + c.logged().action().status().label() + ")" + (c.reviewed() ? " — reviewed" : ""));
      HorizontalLayout row = new HorizontalLayout(outcome, reason, record);
      row.setAlignItems(Alignment.BASELINE);
      section.add(what, row);
    }
    // 2. Notes per indicator.
    section.add(new H3("2. Indicators"));
    for (IndicatorSeries series : p.indicators()) {
      String code = series.indicator().code();
      TextArea note = new TextArea(series.indicator().name() + (series.months().isEmpty() ? ""
          : " — latest " + PackPanel.number(series.months().get(series.months().size() - 1).value()) + " "
              + series.months().get(series.months().size() - 1).rag()));
      note.setId("note-" + code);
      note.setWidthFull();
      note.setValue(details.notes().getOrDefault(code, ""));
      note.addValueChangeListener(e -> problems.attempt(() -> surgeries.note(surgeryId, code, e.getValue()), null));
      section.add(note);
    }
    // 3. The action log.
    section.add(new H3("3. Action log"));
    TextArea description = new TextArea("Action");
    description.setId("log-description");
    description.setWidthFull();
    TextField owner = new TextField("Owner (username)");
    owner.setId("log-owner");
    DatePicker due = new DatePicker("Due");
    due.setId("log-due");
    due.setValue(LocalDate.now(ZoneId.of("Europe/London")).plusDays(28));
    ComboBox<String> accountable = new ComboBox<>("Accountable head of service");
    accountable.setId("log-accountable");
    accountable.setItems(surgeries.headsOfService());
    accountable.setRequired(true);
    if (surgeries.headsOfService().contains(details.summary().lead())) {
      accountable.setValue(details.summary().lead());
    }
    TextField child = new TextField("Child (optional)");
    child.setId("log-child");
    ComboBox<Priority> priority = new ComboBox<>("Priority");
    priority.setId("log-priority");
    priority.setItems(Priority.values());
    priority.setValue(Priority.MEDIUM);
    Button add = new Button("Add to the log");
    add.setId("log-add");
    fields.put("description", description);
    fields.put("owner", owner);
    fields.put("dueDate", due);
    fields.put("accountableHeadOfService", accountable);
    fields.put("childReference", child);
    add.addClickListener(e -> {
      String[] id = new String[1];
      if (problems.attempt(() -> id[0] = surgeries.logAction(surgeryId, new LogActionRequest(description.getValue(),
          owner.getValue(), due.getValue(), accountable.getValue(), child.getValue(), priority.getValue())), null)) {
        com.vaadin.flow.component.notification.Notification.show("Action " + id[0] + " logged", 4000,
            com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        show();
      }
    });
    section.add(description, new HorizontalLayout(owner, due, accountable), new HorizontalLayout(child, priority), add);
    // 4. Escalate a child; ask for a dip sample.
    section.add(new H3("4. A child at risk"));
    TextField concernChild = new TextField("Child");
    concernChild.setId("escalate-child");
    TextArea concernReason = new TextArea("Why the child is at risk now");
    concernReason.setId("escalate-reason");
    concernReason.setWidthFull();
    Button escalate = new Button("Put on the Cases of Concern register");
    escalate.setId("escalate");
    escalate.addThemeVariants(ButtonVariant.LUMO_ERROR);
    fields.put("escalateChild", concernChild);
    escalate.addClickListener(e -> {
      if (problems.attempt(() -> surgeries.escalate(surgeryId, concernChild.getValue(), concernReason.getValue()),
          "Child added to the Cases of Concern register")) {
        show();
      }
    });
    section.add(concernChild, concernReason, escalate);
    section.add(new H3("5. A dip sample"));
    ComboBox<Theme> theme = new ComboBox<>("Theme");
    theme.setId("dip-theme");
    theme.setItems(library.themes());
    theme.setItemLabelGenerator(Theme::name);
    IntegerField size = new IntegerField("Files");
    size.setId("dip-size");
    size.setValue(20);
    TextArea dipReason = new TextArea("What should it find out?");
    dipReason.setId("dip-reason");
    dipReason.setWidthFull();
    Button ask = new Button("Ask for a dip sample");
    ask.setId("ask-dip-sample");
    fields.put("dipSampleReason", dipReason);
    fields.put("themeCode", theme);
    fields.put("sampleSize", size);
    ask.addClickListener(e -> {
      if (problems.attempt(() -> surgeries.requestDipSample(surgeryId, theme.getValue() == null ? null : theme.getValue().code(),
          size.getValue(), dipReason.getValue()), "Dip sample asked for: a quality manager designs it")) {
        show();
      }
    });
    section.add(new HorizontalLayout(theme, size), dipReason, ask);
    Button close = new Button("Close the surgery");
    close.setId("close-surgery");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    close.addClickListener(e -> {
      if (problems.attempt(() -> surgeries.close(details.holdTaskId()), "Surgery held; its actions run on")) {
        show();
      }
    });
    section.add(close);
    return section;
  }
}
