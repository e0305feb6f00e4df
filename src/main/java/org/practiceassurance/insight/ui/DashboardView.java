package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.insight.ActionCounts;
import org.practiceassurance.insight.ActionFigures;
import org.practiceassurance.insight.ActionRow;
import org.practiceassurance.insight.ActionState;
import org.practiceassurance.insight.AuditorCompetency;
import org.practiceassurance.insight.ConcernFigures;
import org.practiceassurance.insight.ConcernRow;
import org.practiceassurance.insight.Dashboards;
import org.practiceassurance.insight.Exports;
import org.practiceassurance.insight.GradeDistribution;
import org.practiceassurance.insight.GradeMonth;
import org.practiceassurance.insight.InsightFilter;
import org.practiceassurance.insight.InsightTargets;
import org.practiceassurance.insight.ModerationFigures;
import org.practiceassurance.insight.ModerationMonth;
import org.practiceassurance.insight.ThemeTrend;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.ui.ChartData;
import org.practiceassurance.ui.ChartData.Series;
import org.practiceassurance.ui.ChartData.Target;
import org.practiceassurance.ui.ChartPanel;
import org.practiceassurance.ui.EChart;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboards, scoped to the viewer: audit grades per month against the targets with a trend
 * line, moderation and the auditors' competency, actions by service and owner, open Cases of Concern
 * by age, dip-sample compliance per theme over successive runs, and the CSV exports. Every chart has
 * its table ("Show as table"), and a bar, point or table value opens the list behind it.
 */
@Route("dashboards")
@PageTitle("Dashboards | Practice Assurance")
@Menu(title = "Dashboards", order = 48, icon = "vaadin:dashboard")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN, Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER})
public class DashboardView extends VerticalLayout {

  static final String GOOD_COLOUR = "#2e7d32";
  static final String[] GRADE_COLOURS = {"#1b5e20", "#66bb6a", "#f9a825", "#c62828"};

  final InsightFilterBar filterBar;
  final Paragraph problem = new Paragraph();
  final ChartPanel grades = new ChartPanel();
  final Paragraph gradesHeadline = new Paragraph();
  final ChartPanel moderation = new ChartPanel();
  final Paragraph moderationHeadline = new Paragraph();
  final Grid<AuditorCompetency> auditors = new Grid<>();
  final ChartPanel actions = new ChartPanel();
  final Paragraph actionsHeadline = new Paragraph();
  final Grid<ActionCounts> owners = new Grid<>();
  final Grid<ActionRow> oldestActions = new Grid<>();
  final ChartPanel concerns = new ChartPanel();
  final Paragraph concernsHeadline = new Paragraph();
  final ChartPanel dipSamples = new ChartPanel();
  final Paragraph dipSamplesHeadline = new Paragraph();
  final FlexLayout exports = new FlexLayout();

  private final Dashboards dashboards;
  private final InsightTargets targets;
  private final boolean county;
  private GradeDistribution shownGrades;
  private ModerationFigures shownModeration;
  private ActionFigures shownActions;
  private ConcernFigures shownConcerns;
  private List<ThemeTrend> shownThemes = List.of();

  public DashboardView(Dashboards dashboards, Exports exportService, CaseFiles caseFiles, CurrentUser currentUser) {
    this.dashboards = dashboards;
    this.targets = dashboards.targets();
    this.county = OrganisationScope.seesWholeCounty(currentUser.get());
    setWidthFull();
    filterBar = new InsightFilterBar(caseFiles, currentUser.get(), 12);
    filterBar.onChange(f -> refresh());
    problem.setId("dashboard-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    problem.setVisible(false);

    grades.setId("grades");
    gradesHeadline.setId("grades-headline");
    grades.addItemClickListener(this::gradesClicked);
    moderation.setId("moderation");
    moderationHeadline.setId("moderation-headline");
    moderation.addItemClickListener(e -> {
      YearMonth month = shownModeration.months().get(e.getCategoryIndex()).month();
      open(BehindTheFigure.audits("Audits submitted in " + InsightFilterBar.MONTH.format(month),
          dashboards.auditsBehind(shownModeration.filter(), month, null)));
    });
    auditors.setId("auditor-grid");
    auditors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    auditors.addColumn(AuditorCompetency::auditor).setHeader("Auditor").setAutoWidth(true);
    auditors.addColumn(a -> a.inDevelopment() ? "In development" : "Core").setHeader("Standing").setAutoWidth(true);
    auditors.addColumn(AuditorCompetency::auditsDone).setHeader("Audits").setAutoWidth(true);
    auditors.addColumn(AuditorCompetency::moderations).setHeader("Moderated").setAutoWidth(true);
    auditors.addColumn(a -> InsightFormat.percent(a.agreementPercent())).setHeader("Agreement").setAutoWidth(true);
    auditors.addColumn(AuditorCompetency::ratedGood).setHeader("Rated good").setAutoWidth(true);
    auditors.addColumn(AuditorCompetency::ratedAdequate).setHeader("Adequate").setAutoWidth(true);
    auditors.addColumn(AuditorCompetency::ratedNeedsDevelopment).setHeader("Needs development").setAutoWidth(true);
    auditors.setAllRowsVisible(true);
    auditors.getElement().setAttribute("aria-label", "Auditor competency");

    actions.setId("actions");
    actionsHeadline.setId("actions-headline");
    actions.addItemClickListener(this::actionsClicked);
    owners.setId("owner-grid");
    owners.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    owners.addColumn(ActionCounts::key).setHeader("Owner").setAutoWidth(true);
    owners.addColumn(ActionCounts::open).setHeader("Open").setAutoWidth(true);
    owners.addColumn(ActionCounts::overdue).setHeader("Overdue").setAutoWidth(true);
    owners.addColumn(ActionCounts::awaitingVerification).setHeader("Awaiting verification").setAutoWidth(true);
    owners.addColumn(ActionCounts::closed).setHeader("Closed in these months").setAutoWidth(true);
    owners.setAllRowsVisible(true);
    owners.getElement().setAttribute("aria-label", "Actions by owner; choose an owner to list their actions not yet closed");
    owners.asSingleSelect().addValueChangeListener(e -> {
      if (e.getValue() != null) {
        open(BehindTheFigure.actions("Actions of " + e.getValue().key() + " not yet closed",
            dashboards.actionsBehind(shownActions.filter(), null, e.getValue().key(), ActionState.OUTSTANDING)));
        owners.asSingleSelect().clear();
      }
    });
    oldestActions.setId("oldest-actions");
    oldestActions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    oldestActions.addColumn(ActionRow::id).setHeader("Ref").setAutoWidth(true);
    oldestActions.addColumn(ActionRow::description).setHeader("Action").setFlexGrow(2);
    oldestActions.addColumn(ActionRow::owner).setHeader("Owner").setAutoWidth(true);
    oldestActions.addColumn(a -> a.teamCode() == null ? a.serviceCode() : a.teamCode()).setHeader("Team").setAutoWidth(true);
    oldestActions.addColumn(a -> BehindTheFigure.DATE.format(a.createdAt())).setHeader("Raised").setAutoWidth(true);
    oldestActions.addColumn(ActionRow::status).setHeader("Status").setAutoWidth(true);
    oldestActions.setAllRowsVisible(true);
    oldestActions.getElement().setAttribute("aria-label", "The oldest actions not yet closed");

    concerns.setId("concerns");
    concernsHeadline.setId("concerns-headline");
    concerns.addItemClickListener(e -> {
      ConcernFigures.AgeBand band = shownConcerns.bands().get(e.getCategoryIndex());
      open(BehindTheFigure.concerns("Open Cases of Concern: " + band.label().toLowerCase(java.util.Locale.UK),
          dashboards.concernsBehind(shownConcerns.filter(), band.minDays(), band.maxDays(), null)));
    });

    dipSamples.setId("dip-samples");
    dipSamplesHeadline.setId("dip-samples-headline");
    dipSamples.addItemClickListener(e -> {
      ThemeTrend theme = shownThemes.get(e.getSeriesIndex());
      if (e.getCategoryIndex() < theme.runs().size()) {
        UI.getCurrent().navigate("dip-sample/" + theme.runs().get(e.getCategoryIndex()).sampleId());
      }
    });

    exports.setId("exports");
    exports.getStyle().set("gap", "var(--lumo-space-l)");
    exports.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    for (Exports.Kind kind : Exports.Kind.values()) {
      Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        exportService.write(kind, writer);
        writer.flush();
        return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), kind.fileName(),
            "text/csv;charset=UTF-8", bytes.size());
      }), "Download " + kind.fileName());
      link.setId("export-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      exports.add(link);
    }

    add(new H2("Dashboards"), filterBar, problem,
        grades, gradesHeadline,
        moderation, moderationHeadline);
    if (county) {
      add(new H3("Auditor competency"), auditors);
    }
    add(actions, actionsHeadline, new H3("Actions by owner"), owners, new H3("Oldest actions not yet closed"),
        oldestActions, concerns, concernsHeadline, dipSamples, dipSamplesHeadline,
        new H3("Exports (CSV of what you may see)"), exports);
    refresh();
  }

  void refresh() {
    InsightFilter filter = filterBar.filter();
    try {
      showGrades(dashboards.auditGrades(filter));
      showModeration(dashboards.moderation(filter));
      showActions(dashboards.actions(filter));
      showConcerns(dashboards.concerns(filter));
      showDipSamples(dashboards.dipSamples(filter));
      problem.setVisible(false);
    } catch (AccessDeniedException | IllegalArgumentException e) {
      problem.setText(e.getMessage());
      problem.setVisible(true);
    }
  }

  private List<String> monthLabels(List<YearMonth> months) {
    return months.stream().map(InsightFilterBar.MONTH::format).toList();
  }

  private void showGrades(GradeDistribution distribution) {
    shownGrades = distribution;
    List<GradeMonth> months = distribution.months();
    List<Series> series = new ArrayList<>();
    Grade[] all = Grade.values();
    for (int g = 0; g < all.length; g++) {
      Grade grade = all[g];
      series.add(new Series(grade.label(), ChartData.Kind.BAR, "grades",
          months.stream().map(m -> oneDecimal(m.percent(grade))).toList(), GRADE_COLOURS[g],
          months.stream().map(m -> m.count(grade)).toList()));
    }
    series.add(new Series("Good or better, trend", ChartData.Kind.LINE, null,
        distribution.goodOrBetterTrend().stream().map(DashboardView::oneDecimal).toList(), "#0d47a1"));
    grades.setData(new ChartData("Audit grades per month (" + distribution.filter().scopeLabel() + ")", "Month",
        monthLabels(months.stream().map(GradeMonth::month).toList()), series,
        // Good and outstanding sit at the foot of each bar, inadequate at its top: so the good-or-better target is
        // drawn up from the foot and the inadequate ceiling down from the top (the red must stay above the line).
        List.of(new Target("Good or better: at least", targets.goodOrBetterPercent()),
            new Target("Inadequate: at most " + InsightFormat.number(targets.inadequatePercent()) + " % (red above this line)",
                100 - targets.inadequatePercent())), "%", 100.0)
        // The table gives how many audits each share is of, and of how many in the month.
        .withTableColumns(List.of(new ChartData.TableColumn("Audits graded",
            months.stream().map(m -> String.valueOf(m.total())).toList()))));
    GradeMonth overall = distribution.overall();
    if (overall.total() == 0) {
      gradesHeadline.setText("No audits were graded in these months.");
    } else {
      gradesHeadline.setText(overall.total() + " audits graded. Good or better: "
          + InsightFormat.percent(overall.goodOrBetterPercent()) + " (target at least "
          + InsightFormat.number(targets.goodOrBetterPercent()) + " %: "
          + (overall.goodOrBetterPercent() >= targets.goodOrBetterPercent() ? "met" : "not met") + "). Inadequate: "
          + InsightFormat.percent(overall.inadequatePercent()) + " (target at most "
          + InsightFormat.number(targets.inadequatePercent()) + " %: "
          + (overall.inadequatePercent() <= targets.inadequatePercent() ? "met" : "not met") + ").");
    }
  }

  private void gradesClicked(EChart.ItemClickEvent e) {
    YearMonth month = shownGrades.months().get(e.getCategoryIndex()).month();
    Grade grade = e.getSeriesIndex() < Grade.values().length ? Grade.values()[e.getSeriesIndex()] : null;
    open(BehindTheFigure.audits((grade == null ? "Audits" : grade.label() + " audits") + " submitted in "
        + InsightFilterBar.MONTH.format(month), dashboards.auditsBehind(shownGrades.filter(), month, grade)));
  }

  private void showModeration(ModerationFigures figures) {
    shownModeration = figures;
    List<ModerationMonth> months = figures.months();
    moderation.setData(new ChartData("Moderation per month", "Month",
        monthLabels(months.stream().map(ModerationMonth::month).toList()),
        List.of(new Series("Audits moderated", ChartData.Kind.BAR, null,
                months.stream().map(m -> oneDecimal(m.sharePercent())).toList(), "#5c6bc0"),
            new Series("Areas agreed by the moderator", ChartData.Kind.LINE, null,
                months.stream().map(m -> oneDecimal(m.agreementPercent())).toList(), "#2e7d32")),
        List.of(), "%", 100.0));
    ModerationMonth all = figures.overall();
    moderationHeadline.setText(all.graded() == 0 ? "No audits were graded in these months."
        : all.selected() + " of " + all.graded() + " audits chosen for moderation (" + InsightFormat.percent(all.sharePercent())
            + "); moderators agreed with " + InsightFormat.percent(all.agreementPercent()) + " of area grades; of the "
            + "accepted moderations " + all.movedUp() + " moved the grade up, " + all.movedDown() + " down and "
            + all.unchanged() + " kept it.");
    auditors.setItems(figures.auditors());
  }

  private static final ActionState[] ACTION_SERIES = {ActionState.OPEN, ActionState.OVERDUE,
      ActionState.AWAITING_VERIFICATION, ActionState.CLOSED};

  private void showActions(ActionFigures figures) {
    shownActions = figures;
    List<ActionCounts> services = figures.byService();
    List<String> categories = services.isEmpty() ? List.of("None") : services.stream().map(ActionCounts::key).toList();
    java.util.function.Function<java.util.function.ToLongFunction<ActionCounts>, List<Double>> values =
        f -> services.isEmpty() ? java.util.Collections.singletonList(0.0)
            : services.stream().map(c -> (double) f.applyAsLong(c)).toList();
    actions.setData(new ChartData("Actions by service", "Service", categories, List.of(
        new Series("Open", ChartData.Kind.BAR, "outstanding", values.apply(ActionCounts::open), "#42a5f5"),
        new Series("Overdue", ChartData.Kind.BAR, "outstanding", values.apply(ActionCounts::overdue), "#c62828"),
        new Series("Awaiting verification", ChartData.Kind.BAR, "outstanding",
            values.apply(ActionCounts::awaitingVerification), "#f9a825"),
        new Series("Closed in these months", ChartData.Kind.BAR, null, values.apply(ActionCounts::closed), "#2e7d32")),
        List.of(), "", null));
    ActionCounts total = figures.total();
    actionsHeadline.setText(total.outstanding() + " not yet closed (" + total.overdue() + " overdue, "
        + total.awaitingVerification() + " awaiting verification); " + figures.closed() + " closed in these months"
        + (figures.medianDaysToClose() == null ? "." : ", in a median of "
            + InsightFormat.number(figures.medianDaysToClose()) + " days."));
    owners.setItems(figures.byOwner());
    oldestActions.setItems(figures.oldestOpen());
  }

  private void actionsClicked(EChart.ItemClickEvent e) {
    if (shownActions.byService().isEmpty()) {
      return;
    }
    String service = shownActions.byService().get(e.getCategoryIndex()).key();
    ActionState state = ACTION_SERIES[e.getSeriesIndex()];
    open(BehindTheFigure.actions(state.label() + " actions of service " + service,
        dashboards.actionsBehind(shownActions.filter(), service, null, state)));
  }

  private void showConcerns(ConcernFigures figures) {
    shownConcerns = figures;
    concerns.setData(new ChartData("Open Cases of Concern by age", "Age",
        figures.bands().stream().map(ConcernFigures.AgeBand::label).toList(),
        List.of(new Series("Open entries", ChartData.Kind.BAR, null,
            figures.bands().stream().map(b -> (double) b.open()).toList(), "#ef6c00")), List.of(), "", null));
    concernsHeadline.setText(figures.open() == 0 ? "No open entries on the register."
        : figures.open() + " open (" + figures.unacknowledged() + " not yet acknowledged); median age "
            + InsightFormat.number(figures.medianAgeDays()) + " days.");
  }

  private void showDipSamples(List<ThemeTrend> themes) {
    shownThemes = themes;
    int runs = themes.stream().mapToInt(t -> t.runs().size()).max().orElse(0);
    if (themes.isEmpty()) {
      dipSamples.setData(new ChartData("Dip-sample compliance per theme", "Run", List.of("No runs"),
          List.of(Series.line("No dip samples", java.util.Collections.singletonList(null))), List.of(), "%", 100.0));
      dipSamplesHeadline.setText("No dip sample's reviews ended in these months.");
      return;
    }
    List<String> categories = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      categories.add(i == 1 ? "First run" : "Run " + i);
    }
    List<Series> series = themes.stream().map(t -> {
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        values.add(i < t.runs().size() ? oneDecimal(t.runs().get(i).compliancePercent()) : null);
      }
      return Series.line(t.themeName(), values);
    }).toList();
    dipSamples.setData(new ChartData("Dip-sample compliance per theme over successive runs", "Run", categories, series,
        List.of(), "%", 100.0));
    dipSamplesHeadline.setText(themes.stream().mapToInt(t -> t.runs().size()).sum() + " dip-sample runs over "
        + themes.size() + (themes.size() == 1 ? " theme" : " themes") + " in these months; choose a point to open that run.");
  }

  /** Percentages on charts and their tables to one decimal place, as the committee reports give them. */
  static Double oneDecimal(Double percent) {
    return percent == null ? null : Math.round(percent * 10) / 10.0;
  }

  private void open(com.vaadin.flow.component.dialog.Dialog dialog) {
    add(dialog);
    dialog.addOpenedChangeListener(e -> {
      if (!e.isOpened()) {
        remove(dialog);
      }
    });
    dialog.open();
  }
}
