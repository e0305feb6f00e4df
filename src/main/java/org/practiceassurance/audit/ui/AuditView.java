package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameterRegex;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.audit.AuditDetails;
import org.practiceassurance.audit.AuditForm;
import org.practiceassurance.audit.AuditRecord;
import org.practiceassurance.audit.Audits;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.audit.PracticeArea;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPaths;

/**
 * One audit's own page, for everyone who may see it in the Audits list: the file, where the audit
 * stands, the five practice areas with grade and evidence, the child's voice, diversity and identity,
 * risk, the grades, every moderation round, the actions raised from it and its history. Anyone else
 * (and an id that does not exist) reads the same "not available" message.
 */
@Route("audits/:auditId(" + RouteParameterRegex.LONG + ")")
@PageTitle("Audit | Practice Assurance")
@PermitAll
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

  static final String AUDIT_ID = "auditId";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  private final Audits audits;
  private final ProcessPaths paths;

  public AuditView(Audits audits, ProcessPaths paths) {
    this.audits = audits;
    this.paths = paths;
  }

  public static RouteParameters parameters(long auditId) {
    return new RouteParameters(new RouteParam(AUDIT_ID, auditId));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    long auditId = event.getRouteParameters().getLong(AUDIT_ID).orElse(-1L);
    audits.record(auditId).ifPresentOrElse(this::show, () -> refuse(auditId));
  }

  private void refuse(long auditId) {
    H2 heading = new H2("Audit not available");
    Paragraph why = new Paragraph("There is no audit " + auditId + " that you may see. The Audits list shows every"
        + " audit open to you.");
    why.setId("audit-refused");
    add(heading, why, new RouterLink("Back to the Audits list", AuditsView.class));
  }

  private void show(AuditRecord record) {
    AuditDetails audit = record.audit();
    AuditForm form = audit.form();
    H2 heading = new H2("Audit of " + audit.childReference());
    heading.setId("audit-heading");

    Div facts = new Div(
        fact("Child", audit.childReference()),
        fact("Team", audit.teamCode() + " (service " + audit.serviceCode() + ")"),
        fact("Allocated worker", orNone(audit.allocatedWorker())),
        fact("Team manager", orNone(audit.teamManager())),
        fact("Auditor", audit.auditor() == null ? "Unassigned" : audit.auditor()),
        fact("Status", audit.status().label()),
        fact("Due", AuditsView.DAY.format(audit.dueDate())),
        fact("Started", time(record.createdAt())),
        fact("Submitted", record.submittedAt() == null ? "Not yet" : time(record.submittedAt())),
        fact("Closed", record.closedAt() == null ? "Not yet" : time(record.closedAt())));
    facts.setId("audit-facts");

    add(heading, new RouterLink("Back to the Audits list", AuditsView.class), facts, whereItStands(record),
        new H3("Practice areas"), areas(form),
        new H3("The child and risk"),
        fact("Child's voice", orNone(form.getChildVoice()), "audit-child-voice"),
        fact("Diversity and identity", orNone(form.getDiversityIdentity()), "audit-diversity"),
        fact("Risk identified and acted on with urgency", form.getRiskActedOn() == null ? "Not answered"
            : form.getRiskActedOn() ? "Yes" : "No", "audit-risk"),
        fact("About the risk", orNone(form.getRiskNotes()), "audit-risk-notes"),
        new H3("Grades"),
        fact("Suggested overall grade", label(audit.suggestedGrade()), "audit-suggested-grade"),
        fact("Auditor's overall grade", label(form.getOverallGrade()), "audit-overall-grade"),
        fact("Why it differs from the suggestion", orNone(form.getOverallGradeReason()), "audit-overall-reason"),
        fact("Final grade", audit.finalGrade() == null ? "Not decided yet" : audit.finalGrade().label(),
            "audit-final-grade"),
        fact("Selected for moderation", audit.moderationReason() == null ? "No" : "Yes: " + audit.moderationReason(),
            "audit-moderation-reason"),
        new H3("Moderation"), moderations(audit),
        new H3("Actions raised"), actions(record.actions()),
        new H3("History"), history(record.history()));
  }

  /** The audit's process diagram, read only when opened (the person may see the audit, so its process too). */
  private Component whereItStands(AuditRecord record) {
    Div place = new Div();
    place.setId("audit-process");
    place.setWidthFull();
    if (record.processInstanceId() != null) {
      place.add(ProcessDiagram.whereThisCaseStands(() -> paths.forInstance(record.processInstanceId())));
    }
    return place;
  }

  private Component areas(AuditForm form) {
    Div areas = new Div();
    areas.setId("audit-areas");
    for (PracticeArea area : PracticeArea.values()) {
      Span grade = new Span(label(form.grade(area)));
      grade.setId("area-" + area.name() + "-grade");
      Paragraph evidence = new Paragraph(orNone(form.evidence(area)));
      evidence.setId("area-" + area.name() + "-evidence");
      areas.add(new H4(area.label()), grade, evidence);
    }
    return areas;
  }

  private Component moderations(AuditDetails audit) {
    Div all = new Div();
    all.setId("audit-moderations");
    if (audit.moderations().isEmpty()) {
      all.add(new Paragraph(audit.moderationReason() == null ? "Not moderated." : "Not moderated yet."));
      return all;
    }
    List<AuditDetails.ModerationSummary> rounds = new ArrayList<>(audit.moderations());
    Collections.reverse(rounds); // oldest first
    int round = 1;
    for (AuditDetails.ModerationSummary m : rounds) {
      Div one = new Div();
      one.setId("moderation-" + round);
      one.add(new H4("Round " + round++ + ": " + ("RETURNED".equals(m.outcome()) ? "returned for rework" : "accepted")
              + " by " + m.moderator() + ", " + time(m.completedAt())),
          fact("Final grade", m.finalGrade().label() + (m.finalGrade() == m.auditorGrade() ? " (as the auditor's)"
              : " (the auditor gave " + m.auditorGrade().label() + ")")),
          fact("Why the final grade differs", orNone(m.finalGradeReason())),
          fact("Quality of the audit", m.quality().label()),
          fact("Feedback", m.feedback()));
      Grid<PracticeArea> areas = new Grid<>(PracticeArea.class, false);
      areas.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
      areas.setAllRowsVisible(true);
      areas.addColumn(PracticeArea::label).setHeader("Area").setAutoWidth(true);
      areas.addColumn(a -> label(m.areas().get(a) == null ? null : m.areas().get(a).auditorGrade()))
          .setHeader("Auditor's grade").setAutoWidth(true);
      areas.addColumn(a -> decision(m.areas().get(a))).setHeader("Moderator").setAutoWidth(true);
      areas.addColumn(a -> m.areas().get(a) == null || m.areas().get(a).reason() == null ? ""
          : m.areas().get(a).reason()).setHeader("Reason").setFlexGrow(1);
      areas.setItems(PracticeArea.values());
      one.add(areas);
      all.add(one);
    }
    return all;
  }

  private static String decision(AuditDetails.AreaDecision area) {
    if (area == null) {
      return "";
    }
    return area.moderatedGrade() == area.auditorGrade() ? "Agreed" : "Changed to " + area.moderatedGrade().label();
  }

  private Component actions(List<ActionSummary> actions) {
    if (actions.isEmpty()) {
      Paragraph none = new Paragraph("No actions were raised from this audit.");
      none.setId("audit-actions");
      return none;
    }
    Grid<ActionSummary> grid = new Grid<>(ActionSummary.class, false);
    grid.setId("audit-actions");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(ActionSummary::id).setHeader("Ref").setAutoWidth(true);
    grid.addColumn(ActionSummary::description).setHeader("Action").setFlexGrow(1);
    grid.addColumn(ActionSummary::owner).setHeader("Owner").setAutoWidth(true);
    grid.addColumn(a -> AuditsView.DAY.format(a.dueDate())).setHeader("Due").setAutoWidth(true);
    grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
    grid.setItems(actions);
    return grid;
  }

  private Component history(List<AuditRecord.Event> events) {
    OrderedList list = new OrderedList();
    list.setId("audit-history");
    for (AuditRecord.Event event : events) {
      list.add(new ListItem(time(event.at()) + " · " + event.what() + (event.who() == null ? "" : " (" + event.who() + ")")));
    }
    return list;
  }

  private static Component fact(String label, String value) {
    return fact(label, value, null);
  }

  private static Component fact(String label, String value, String id) {
    Span term = new Span(label + ": ");
    term.getStyle().set("font-weight", "600");
    Span text = new Span(value);
    if (id != null) {
      text.setId(id);
    }
    Div fact = new Div(term, text);
    fact.getStyle().set("white-space", "pre-line");
    return fact;
  }

  private static String label(Grade grade) {
    return grade == null ? "Not graded" : grade.label();
  }

  private static String orNone(String text) {
    return text == null || text.isBlank() ? "None recorded" : text;
  }

  private static String time(Instant at) {
    return at == null ? "" : TIME.format(at.atZone(AuditsView.UK));
  }
}
