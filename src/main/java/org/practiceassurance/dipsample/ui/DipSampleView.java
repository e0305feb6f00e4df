package org.practiceassurance.dipsample.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.dipsample.DipSampleDetails;
import org.practiceassurance.dipsample.DipSampleFindings;
import org.practiceassurance.dipsample.DipSampleStatus;
import org.practiceassurance.dipsample.DipSampleSummary;
import org.practiceassurance.dipsample.DipSamples;
import org.practiceassurance.dipsample.InvalidDipSample;
import org.practiceassurance.dipsample.SampleFile;
import org.practiceassurance.dipsample.internal.SampleLauncher;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPaths;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One dip sample: its design, progress (reviewed / total) and who holds what; the lead may close
 * the reviews early. Once there are reviews, the results; once written, the findings and the
 * actions raised; and links to the previous and next runs and the comparison.
 */
@Route("dip-sample")
@PageTitle("Dip sample | Practice Assurance")
@PermitAll // the service decides: overseers, the lead, and reviewers (their own files only)
public class DipSampleView extends VerticalLayout implements HasUrlParameter<Long> {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DipSamples dipSamples;
  private final DipSampleFindings findingsService;
  final H2 title = new H2();
  final Paragraph design = new Paragraph();
  final Span progressText = new Span();
  final ProgressBar progress = new ProgressBar();
  final Span holders = new Span();
  final Grid<SampleFile> files = new Grid<>();
  final TextArea closeReason = new TextArea("Why close the reviews now?");
  final Button closeEarly = new Button("Close reviews early");
  final com.vaadin.flow.component.details.Details closeArea = new com.vaadin.flow.component.details.Details("Close the reviews early");
  final Paragraph findings = new Paragraph();
  final Paragraph remediation = new Paragraph();
  final Paragraph rerun = new Paragraph();
  final Grid<ActionSummary> actions = new Grid<>();
  final HorizontalLayout runs = new HorizontalLayout();
  final ResultsPanel results = new ResultsPanel();
  final VerticalLayout findingsArea = new VerticalLayout();
  final Span message = new Span();
  private final FormProblems problems;
  private long sampleId;

  public DipSampleView(DipSamples dipSamples, DipSampleFindings findingsService, ProcessPaths paths) {
    this.dipSamples = dipSamples;
    this.findingsService = findingsService;
    setMaxWidth("80rem");
    title.setId("sample-title");
    design.setId("sample-design");
    progressText.setId("sample-progress");
    holders.setId("sample-holders");
    files.setId("sample-files");
    files.addColumn(SampleFile::childReference).setHeader("Child").setSortable(true);
    files.addColumn(SampleFile::teamCode).setHeader("Team").setSortable(true);
    files.addColumn(SampleFile::stratum).setHeader("Stratum").setSortable(true);
    files.addColumn(SampleFile::reviewer).setHeader("Reviewer").setSortable(true);
    files.addColumn(f -> f.reviewed() ? "Reviewed " + DATE.format(f.reviewedAt().atZone(ZoneId.of("Europe/London")))
        : "Not yet").setHeader("Review").setSortable(true);
    files.setHeight("20rem");
    closeReason.setId("close-reason");
    closeReason.setWidthFull();
    closeEarly.setId("close-early");
    closeArea.setId("close-early-panel");
    closeArea.add(new Paragraph("Files not yet reviewed are left out of the results; their tasks are withdrawn."),
        closeReason, closeEarly);
    problems = new FormProblems(Map.of("reason", closeReason), message)
        .fieldErrors(InvalidDipSample.class, InvalidDipSample::errors)
        .refusals(AccessDeniedException.class, TaskConflictException.class, IllegalArgumentException.class);
    closeEarly.addClickListener(e -> {
      if (problems.attempt(() -> dipSamples.closeEarly(sampleId, closeReason.getValue()),
          "Reviews closed; the findings are with the lead")) {
        show();
      }
    });
    findings.setId("sample-findings");
    remediation.setId("sample-remediation");
    rerun.setId("sample-rerun");
    actions.setId("sample-actions");
    actions.addColumn(ActionSummary::id).setHeader("Action").setAutoWidth(true);
    actions.addColumn(ActionSummary::description).setHeader("What").setFlexGrow(3);
    actions.addColumn(ActionSummary::owner).setHeader("Owner");
    actions.addColumn(a -> DATE.format(a.dueDate())).setHeader("Due");
    actions.addColumn(a -> a.status().name()).setHeader("Status");
    actions.setAllRowsVisible(true);
    runs.setId("sample-runs");
    findingsArea.setPadding(false);
    findingsArea.add(new H3("Findings"), findings, new H3("Areas for urgent remediation"), remediation, rerun,
        new H3("Actions"), actions);
    // Read only when opened, for the sample this page has shown to this person (the page is emptied if refused).
    Details whereItStands = ProcessDiagram.whereThisCaseStands(() -> paths.forBusinessKey(SampleLauncher.PROCESS_KEY,
        SampleLauncher.businessKey(sampleId)).orElseThrow(() -> new NoSuchElementException("This dip sample has no process yet.")));
    add(title, design, runs, progressText, progress, holders, whereItStands, message, closeArea, files, results, findingsArea);
  }

  @Override
  public void setParameter(BeforeEvent event, Long parameter) {
    sampleId = parameter == null ? 0 : parameter;
    try {
      show();
    } catch (AccessDeniedException | NoSuchElementException e) {
      removeAll();
      Span refused = new Span(e instanceof NoSuchElementException ? "There is no such dip sample." : e.getMessage());
      refused.setId("sample-unavailable");
      refused.getElement().setAttribute("role", "alert");
      add(new H2("This dip sample is not open to you"), refused);
    }
  }

  void show() {
    DipSampleDetails d = dipSamples.details(sampleId);
    DipSampleSummary s = d.summary();
    title.setText(s.title() + " — run " + s.runNumber());
    design.setText(s.themeName() + " (questions v" + s.questionSetVersion() + "). Population: " + d.population()
        + ". Size: " + d.size() + ". " + d.stratification() + ". Seed " + d.seed() + ". Lead: " + s.lead()
        + ". Reviews due " + DATE.format(s.dueDate()) + ". Status: " + statusText(s.status()) + "."
        + (d.requestedBy() == null ? "" : " Asked for by " + d.requestedBy()
            + (d.requestReason() == null ? "" : ": " + d.requestReason()) + ".")
        + (d.closedEarlyReason() == null ? "" : " Reviews closed early: " + d.closedEarlyReason()));
    progressText.setText(s.reviewed() + " of " + s.total() + " files reviewed");
    progress.setValue(s.total() == 0 ? 0 : (double) s.reviewed() / s.total());
    Map<String, int[]> byReviewer = new TreeMap<>();
    d.files().forEach(f -> {
      int[] n = byReviewer.computeIfAbsent(f.reviewer(), k -> new int[2]);
      n[0]++;
      n[1] += f.reviewed() ? 1 : 0;
    });
    StringBuilder who = new StringBuilder("Who holds what: ");
    byReviewer.forEach((r, n) -> who.append(r).append(" ").append(n[1]).append("/").append(n[0]).append(" reviewed · "));
    holders.setText(byReviewer.isEmpty() ? "" : who.substring(0, who.length() - 3));
    files.setItems(d.files());
    closeArea.setVisible(d.mayCloseEarly());
    runs.removeAll();
    RouteConfiguration routes = RouteConfiguration.forSessionScope();
    if (s.previousRunId() != null) {
      runs.add(new Anchor(routes.getUrl(DipSampleView.class, s.previousRunId()), "Previous run"));
      if (d.maySeeResults()) {
        Anchor compare = new Anchor(routes.getUrl(ComparisonView.class, sampleId), "Compare with the previous run");
        compare.setId("compare-link");
        runs.add(compare);
      }
    }
    if (d.nextRunId() != null) {
      Anchor next = new Anchor(routes.getUrl(DipSampleView.class, d.nextRunId()), "Next run");
      next.setId("next-run-link");
      runs.add(next);
    }
    results.setVisible(d.maySeeResults() && s.reviewed() > 0);
    if (results.isVisible()) {
      results.show(findingsService.results(sampleId));
    }
    findingsArea.setVisible(d.maySeeResults() && s.status() == DipSampleStatus.COMPLETE);
    if (findingsArea.isVisible()) {
      findings.setText(d.findings());
      remediation.setText(d.remediation() == null ? "None recorded." : d.remediation());
      rerun.setText("Run again: " + d.rerunDecision());
      actions.setItems(findingsService.actions(sampleId));
    }
  }

  static String statusText(DipSampleStatus status) {
    return switch (status) {
      case DRAFT -> "requested, not yet designed";
      case REVIEWING -> "files being reviewed";
      case FINDINGS -> "findings being written";
      case COMPLETE -> "complete";
    };
  }
}
