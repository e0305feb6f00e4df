package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.practiceassurance.insight.DraftConflictException;
import org.practiceassurance.insight.InvalidQaReport;
import org.practiceassurance.insight.Narrative;
import org.practiceassurance.insight.QaReportDraft;
import org.practiceassurance.insight.QaReportFigures;
import org.practiceassurance.insight.QaReportVersion;
import org.practiceassurance.insight.QaReports;
import org.practiceassurance.insight.ReportSection;
import org.practiceassurance.insight.internal.ReportTables;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.security.access.AccessDeniedException;

/**
 * One month's QA report: the figures as they stand, the chart, what the month produced as prompts,
 * the five narrative sections (each change saved at once; someone else's newer draft is shown beside
 * the text kept here), Publish, and the published versions. Directors read the draft; administrators
 * see the published versions only.
 */
@Route("qa-reports/:month")
@PageTitle("QA report | Practice Assurance")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
public class QaReportView extends VerticalLayout implements BeforeEnterObserver {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  private final QaReports reports;
  private final UserIdentity me;
  final H2 title = new H2();
  final Span draftStatus = new Span();
  final Span message = new Span();
  final Map<ReportSection, TextArea> sections = new EnumMap<>(ReportSection.class);
  final Div conflict = new Div();
  final Span conflictMessage = new Span();
  final Div theirText = new Div();
  final Button keepMine = new Button("Keep my text (save it over theirs)");
  final Button takeTheirs = new Button("Take their draft");
  final Button publish = new Button("Publish");
  final Grid<QaReportVersion.Header> versions = new Grid<>();
  final Anchor previewHtml = new Anchor();
  final Anchor previewPdf = new Anchor();
  final HorizontalLayout previewLinks = new HorizontalLayout();
  private YearMonth month;
  private long draftVersion;
  private int nextVersion;
  private boolean loading;
  private DraftConflictException pendingConflict;

  public QaReportView(QaReports reports, CurrentUser currentUser) {
    this.reports = reports;
    this.me = currentUser.get();
    setMaxWidth("90rem");
    title.setId("report-title");
    draftStatus.setId("draft-status");
    message.setId("form-message");
    message.getElement().setAttribute("role", "alert");
    message.getElement().getThemeList().add("badge error");
    message.setVisible(false);
    versions.setId("report-versions");
    versions.setAllRowsVisible(true);
    publish.setId("publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    keepMine.setId("keep-mine");
    takeTheirs.setId("take-theirs");
    conflict.setId("draft-conflict");
    conflictMessage.setId("draft-conflict-message");
    conflictMessage.getElement().setAttribute("role", "alert");
    theirText.setId("their-draft");
    previewHtml.setId("preview-html");
    previewHtml.setText("Preview the draft (HTML)");
    previewHtml.setTarget(AnchorTarget.BLANK);
    previewPdf.setId("preview-pdf");
    previewPdf.setText("Preview the draft (PDF)");
    previewLinks.setId("draft-previews");
  }

  /** The route's address for a month, e.g. {@code qa-reports/2017-03}. */
  public static String path(YearMonth month) {
    return "qa-reports/" + month;
  }

  static RouteParameters parameters(YearMonth month) {
    return new RouteParameters("month", month.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String parameter = event.getRouteParameters().get("month").orElse("");
    try {
      month = YearMonth.parse(parameter);
    } catch (DateTimeParseException e) {
      refuse("\"" + parameter + "\" is not a month: the address ends in a month such as 2017-03.");
      return;
    }
    title.setText("QA report: " + ReportTables.month(month));
    if (!QaReports.mayReadDrafts(me)) {
      add(title, new Paragraph("Drafts are for quality managers and directors; the published versions are below."));
      showVersions();
      return;
    }
    QaReportDraft draft;
    try {
      draft = reports.draft(month);
    } catch (AccessDeniedException | IllegalArgumentException e) {
      refuse(e.getMessage());
      return;
    }
    build(draft);
  }

  private void refuse(String text) {
    Span refused = new Span(text);
    refused.setId("report-unavailable");
    refused.getElement().setAttribute("role", "alert");
    add(new H2("QA report"), refused, new RouterLink("Back to the QA reports", QaReportsView.class));
  }

  private void build(QaReportDraft draft) {
    boolean editable = draft.editable();
    draftVersion = draft.version();
    nextVersion = draft.nextVersion();
    add(title);
    draftStatus.setText(editable ? savedText(draft) : "Read only: quality managers write this report. " + savedText(draft));
    add(draftStatus, message);
    if (editable) {
      buildConflictPanel();
      add(conflict);
    }
    add(previewLinks);

    add(new H3("Figures for " + ReportTables.month(month)));
    Html figures = new Html(reports.figuresHtml(draft.figures()));
    figures.setId("report-figures");
    add(figures);

    add(new H3("The report"));
    for (ReportSection section : ReportSection.values()) {
      TextArea area = new TextArea(section.label());
      area.setId("section-" + section.key());
      area.setWidthFull();
      area.setMinHeight(section == ReportSection.SUMMARY || section == ReportSection.NEXT_STEPS ? "8rem" : "10rem");
      area.setMaxLength(Narrative.MAX_LENGTH);
      area.setValue(draft.narrative().text(section));
      area.setReadOnly(!editable);
      area.setValueChangeMode(ValueChangeMode.LAZY);
      if (section.requiredToPublish()) {
        area.setHelperText("Needed to publish");
      }
      area.addValueChangeListener(e -> changed());
      sections.put(section, area);
      Component prompts = prompts(section, draft.figures());
      if (prompts == null) {
        add(area);
      } else {
        HorizontalLayout row = new HorizontalLayout(area, prompts);
        row.setWidthFull();
        row.setFlexGrow(2, area);
        row.setFlexGrow(1, prompts);
        row.setAlignItems(FlexComponent.Alignment.START);
        add(row);
      }
    }

    if (editable) {
      publish.setText("Publish version " + nextVersion);
      publish.addClickListener(e -> publish());
      add(publish);
    }
    if (draft.saved()) {
      previews();
    }
    showVersions();
  }

  private static String savedText(QaReportDraft draft) {
    return draft.saved() ? "Draft saved " + ReportTables.dateTime(draft.savedAt()) + " by " + draft.savedBy() + "."
        : "No draft saved yet.";
  }

  // ---- prompts ----------------------------------------------------------------------------------

  /** What the month produced, beside the section it may inform; null for sections without prompts. */
  private static Component prompts(ReportSection section, QaReportFigures f) {
    if (section == ReportSection.WHAT_WE_DID) {
      Div box = promptBox("what-we-did-prompts", "This month");
      box.add(new Paragraph(f.audits().total() + " audits graded, " + f.moderation().moderated() + " moderated; "
          + f.dipSamples().size() + " dip samples whose reviews ended; " + f.surgeries().size() + " surgeries held."));
      return box;
    }
    if (section != ReportSection.WHAT_WE_LEARNT) {
      return null;
    }
    Div box = promptBox("what-we-learnt-prompts", "What the month produced");
    QaReportFigures.Moderation m = f.moderation();
    box.add(new H4("Moderation"));
    box.add(new Paragraph("Agreement " + ReportTables.percent(m.agreementPercent()) + " of " + m.areasModerated()
        + " practice-area grades; overall grades moved up " + m.movedUp() + ", down " + m.movedDown() + ", unchanged "
        + m.unchanged() + ". Audit quality: good " + m.ratedGood() + ", adequate " + m.ratedAdequate()
        + ", needs development " + m.ratedNeedsDevelopment() + "."));
    box.add(new H4("Dip samples' findings"));
    if (f.prompts().dipSampleFindings().isEmpty()) {
      box.add(new Paragraph("No dip sample was completed this month."));
    }
    for (QaReportFigures.DipSampleFindings d : f.prompts().dipSampleFindings()) {
      Div one = new Div();
      one.add(new Paragraph(d.title() + " (run " + d.runNumber() + ")"));
      one.add(labelled("Findings: ", d.findings()));
      one.add(labelled("Areas for urgent remediation: ", d.remediation()));
      box.add(one);
    }
    if (!f.prompts().moderationFeedback().isEmpty()) {
      VerticalLayout feedback = new VerticalLayout();
      feedback.setPadding(false);
      for (QaReportFigures.ModerationFeedback fb : f.prompts().moderationFeedback()) {
        feedback.add(labelled("Audit " + fb.auditId() + " (" + fb.teamCode() + ", " + fb.auditorGrade().label() + " → "
            + fb.finalGrade().label() + ", quality " + fb.qualityRating() + "): ", fb.feedback()));
      }
      Details details = new Details("Moderators' feedback (" + f.prompts().moderationFeedback().size() + ")", feedback);
      details.setId("moderation-feedback");
      box.add(details);
    }
    return box;
  }

  private static Div promptBox(String id, String heading) {
    Div box = new Div();
    box.setId(id);
    box.getElement().setAttribute("role", "complementary");
    box.getElement().setAttribute("aria-label", heading);
    box.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("font-size", "var(--lumo-font-size-s)");
    box.setMinWidth("16rem");
    box.add(new H4(heading));
    return box;
  }

  private static Paragraph labelled(String label, String text) {
    Paragraph p = new Paragraph();
    Span strong = new Span(label);
    strong.getStyle().set("font-weight", "bold");
    Span body = new Span(text == null || text.isBlank() ? "–" : text);
    body.getStyle().set("white-space", "pre-wrap");
    p.add(strong, body);
    return p;
  }

  // ---- saving -----------------------------------------------------------------------------------

  private Narrative typed() {
    return new Narrative(text(ReportSection.SUMMARY), text(ReportSection.WHAT_WE_DID),
        text(ReportSection.WHAT_WE_LEARNT), text(ReportSection.DIFFERENCE_MADE), text(ReportSection.NEXT_STEPS));
  }

  private String text(ReportSection section) {
    return sections.get(section).getValue();
  }

  private void changed() {
    if (loading || pendingConflict != null) {
      return;
    }
    sections.values().forEach(a -> a.setInvalid(false));
    save(draftVersion);
  }

  private void save(long expected) {
    message.setVisible(false);
    try {
      QaReportDraft.Saved saved = reports.saveDraft(month, expected, typed());
      draftVersion = saved.version();
      draftStatus.setText("Draft saved at " + TIME.format(saved.savedAt()) + " by " + saved.savedBy() + ".");
      hideConflict();
      previews();
    } catch (DraftConflictException e) {
      showConflict(e);
    } catch (AccessDeniedException | IllegalArgumentException e) {
      draftStatus.setText("Not saved.");
      show(e.getMessage());
    }
  }

  private void buildConflictPanel() {
    conflict.getStyle().set("border", "2px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-m)")
        .set("border-radius", "var(--lumo-border-radius-m)");
    keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    keepMine.addClickListener(e -> {
      long theirs = pendingConflict.theirVersion();
      pendingConflict = null;
      save(theirs);
    });
    takeTheirs.addClickListener(e -> {
      Narrative theirs = pendingConflict.theirs();
      draftVersion = pendingConflict.theirVersion();
      pendingConflict = null;
      loading = true;
      sections.forEach((section, area) -> area.setValue(theirs.text(section)));
      loading = false;
      draftStatus.setText("Their draft taken; nothing of yours was saved.");
      hideConflict();
    });
    Details details = new Details("Their draft", theirText);
    details.setOpened(true);
    conflict.add(conflictMessage, details, new HorizontalLayout(keepMine, takeTheirs));
    conflict.setVisible(false);
  }

  private void showConflict(DraftConflictException e) {
    pendingConflict = e;
    draftStatus.setText("Not saved.");
    conflictMessage.setText(e.getMessage());
    theirText.removeAll();
    for (ReportSection section : ReportSection.values()) {
      theirText.add(new H4(section.label()), labelled("", e.theirs().text(section)));
    }
    conflict.setVisible(true);
    publish.setEnabled(false);
    Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
  }

  private void hideConflict() {
    conflict.setVisible(false);
    publish.setEnabled(true);
  }

  // ---- publishing -------------------------------------------------------------------------------

  private void publish() {
    sections.values().forEach(a -> a.setInvalid(false));
    message.setVisible(false);
    try {
      QaReportVersion published = reports.publish(month, draftVersion);
      QaReportDraft draft = reports.draft(month);
      draftVersion = draft.version();
      nextVersion = draft.nextVersion();
      publish.setText("Publish version " + nextVersion);
      draftStatus.setText("Version " + published.version() + " published " + ReportTables.dateTime(published.publishedAt())
          + ". Changes from now on go into the draft of version " + nextVersion + ".");
      Notification.show("Version " + published.version() + " of the QA report for " + ReportTables.month(month)
          + " published.", 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      showVersions();
    } catch (InvalidQaReport e) {
      e.errors().forEach((key, text) -> {
        for (ReportSection section : ReportSection.values()) {
          if (section.key().equals(key)) {
            sections.get(section).setErrorMessage(text);
            sections.get(section).setInvalid(true);
          }
        }
      });
      show("Nothing was published: " + e.getMessage());
    } catch (DraftConflictException e) {
      showConflict(e);
    } catch (AccessDeniedException | IllegalArgumentException e) {
      show(e.getMessage());
    }
  }

  private void show(String text) {
    message.setText(text);
    message.setVisible(true);
  }

  // ---- versions and downloads -------------------------------------------------------------------

  private void previews() {
    if (previewLinks.getComponentCount() > 0) {
      return;
    }
    YearMonth m = month;
    previewHtml.setHref(download(() -> reports.draftHtml(m).getBytes(StandardCharsets.UTF_8),
        "qa-report-" + m + "-draft.html", "text/html; charset=utf-8").inline());
    previewPdf.setHref(download(() -> reports.draftPdf(m), "qa-report-" + m + "-draft.pdf", "application/pdf"));
    previewLinks.add(previewHtml, previewPdf);
  }

  private void showVersions() {
    if (versions.getParent().isEmpty()) {
      YearMonth m = month;
      versions.addColumn(v -> "Version " + v.version()).setHeader("Version").setAutoWidth(true);
      versions.addColumn(v -> ReportTables.dateTime(v.publishedAt())).setHeader("Published");
      versions.addColumn(QaReportVersion.Header::publishedBy).setHeader("By");
      versions.addComponentColumn(v -> {
        RouterLink read = new RouterLink("Read", QaReportVersionView.class, QaReportVersionView.parameters(m, v.version()));
        Anchor html = new Anchor(download(() -> reports.html(m, v.version()).getBytes(StandardCharsets.UTF_8),
            "qa-report-" + m + "-v" + v.version() + ".html", "text/html; charset=utf-8").inline(), "View HTML");
        html.setTarget(AnchorTarget.BLANK);
        Anchor pdf = new Anchor(download(() -> reports.pdf(m, v.version()), "qa-report-" + m + "-v" + v.version() + ".pdf",
            "application/pdf"), "Download PDF");
        return new HorizontalLayout(read, html, pdf);
      }).setHeader("Open").setFlexGrow(2);
      add(new H3("Published versions"), versions);
    }
    versions.setItems(reports.versions(month));
  }

  static InputStreamDownloadHandler download(Supplier<byte[]> bytes, String name,
      String type) {
    return DownloadHandler.fromInputStream(event -> {
      byte[] content = bytes.get();
      return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
    });
  }
}
