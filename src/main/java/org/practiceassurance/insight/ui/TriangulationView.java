package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.insight.Dashboards;
import org.practiceassurance.insight.InsightFilter;
import org.practiceassurance.insight.InsightTargets;
import org.practiceassurance.insight.TeamEvidence;
import org.practiceassurance.insight.TeamPicture;
import org.practiceassurance.insight.TeamRag;
import org.practiceassurance.insight.Triangulation;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * Team triangulation: every team the person may see with its audit grades, dip-sample compliance,
 * indicators, actions and concerns side by side and its RAG from the {@code team-rag} decision table;
 * choosing a team shows every input the table was given and the reasons for the colour.
 */
@Route("triangulation")
@PageTitle("Triangulation | Practice Assurance")
@Menu(title = "Triangulation", order = 50, icon = "vaadin:grid-small")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN, Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER})
public class TriangulationView extends VerticalLayout {

  final InsightFilterBar filterBar;
  final Span summary = new Span();
  final Paragraph problem = new Paragraph();
  final Grid<TeamPicture> teams = new Grid<>();
  final H3 detailHeading = new H3();
  final Div detail = new Div();
  private final Triangulation triangulation;
  private final InsightTargets targets;

  public TriangulationView(Triangulation triangulation, Dashboards dashboards, CaseFiles caseFiles,
      CurrentUser currentUser) {
    this.triangulation = triangulation;
    this.targets = dashboards.targets();
    setWidthFull();
    filterBar = new InsightFilterBar(caseFiles, currentUser.get(), 3);
    filterBar.onChange(f -> refresh());

    summary.setId("rag-summary");
    summary.getElement().setAttribute("aria-live", "polite");
    problem.setId("triangulation-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    problem.setVisible(false);

    teams.setId("triangulation-grid");
    teams.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    teams.addColumn(t -> t.teamCode() + (t.locality() == null ? "" : " · " + t.locality())).setHeader("Team")
        .setAutoWidth(true).setFlexGrow(0).setKey("team");
    teams.addComponentColumn(t -> InsightFormat.badge(t.rag())).setHeader("RAG").setAutoWidth(true).setFlexGrow(0)
        .setKey("rag");
    teams.addColumn(t -> audits(t.evidence())).setHeader("Audits").setWidth("12rem").setFlexGrow(0).setKey("audits");
    teams.addColumn(t -> InsightFormat.percent(t.evidence().dipCompliancePercent())).setHeader("Dip-sample compliance")
        .setAutoWidth(true).setFlexGrow(0).setKey("compliance");
    teams.addColumn(t -> t.evidence().indicatorsReported() == 0 ? "–" : t.evidence().redIndicators() + " red, "
        + t.evidence().amberIndicators() + " amber, " + t.evidence().greenIndicators() + " green")
        .setHeader("Indicators").setAutoWidth(true).setFlexGrow(0).setKey("indicators");
    teams.addColumn(t -> t.evidence().outstandingActions() + " open, " + t.evidence().overdueActions() + " overdue")
        .setHeader("Actions").setAutoWidth(true).setFlexGrow(0).setKey("actions");
    teams.addColumn(t -> t.evidence().openConcerns()).setHeader("Concerns").setAutoWidth(true).setFlexGrow(0)
        .setKey("concerns");
    teams.addColumn(t -> String.join("; ", t.reasons())).setHeader("Why").setWidth("16rem").setFlexGrow(1).setKey("why");
    teams.setAllRowsVisible(true);
    teams.getElement().setAttribute("aria-label", "Teams with their RAG");
    teams.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

    detailHeading.setId("team-detail-heading");
    detail.setId("team-detail");

    add(new H2("Triangulation"),
        new Paragraph("Each team's audit grades, dip-sample compliance, performance indicators, actions and Cases of "
            + "Concern side by side. The team's RAG comes from the team-rag decision table: every rule that matches "
            + "gives a colour and a reason, and the worst colour wins. Choose a team to see every figure the table "
            + "was given."),
        filterBar, problem, summary, teams, detailHeading, detail);
    refresh();
  }

  void refresh() {
    InsightFilter filter = filterBar.filter();
    try {
      List<TeamPicture> pictures = triangulation.teams(filter);
      problem.setVisible(false);
      teams.setItems(pictures);
      Map<TeamRag, Long> counts = new EnumMap<>(pictures.stream()
          .collect(Collectors.groupingBy(TeamPicture::rag, () -> new EnumMap<>(TeamRag.class), Collectors.counting())));
      summary.setText(pictures.size() + (pictures.size() == 1 ? " team" : " teams") + " in "
          + filter.scopeLabel() + ", " + InsightFilterBar.MONTH.format(filter.from()) + " to "
          + InsightFilterBar.MONTH.format(filter.to()) + ": " + java.util.Arrays.stream(TeamRag.values())
          .map(r -> counts.getOrDefault(r, 0L) + " " + r.label().toLowerCase(java.util.Locale.UK))
          .collect(Collectors.joining(", ")) + ".");
      show(null);
    } catch (AccessDeniedException | IllegalArgumentException e) {
      problem.setText(e.getMessage());
      problem.setVisible(true);
      teams.setItems(List.of());
      summary.setText("");
    }
  }

  private void show(TeamPicture team) {
    detail.removeAll();
    if (team == null) {
      detailHeading.setText("");
      return;
    }
    detailHeading.setText(team.teamCode() + " · " + team.teamName() + ": " + team.rag().label());
    TeamEvidence e = team.evidence();
    UnorderedList inputs = new UnorderedList(
        item("Audits graded", e.auditsGraded() + " (percentages judged from " + targets.minimumAudits() + ")"),
        item("Good or better audits", InsightFormat.percent(e.goodOrBetterPercent()) + " (target at least "
            + InsightFormat.number(targets.goodOrBetterPercent()) + " %)"),
        item("Inadequate audits", InsightFormat.percent(e.inadequatePercent()) + " (target at most "
            + InsightFormat.number(targets.inadequatePercent()) + " %)"),
        item("Dip-sample compliance", InsightFormat.percent(e.dipCompliancePercent())
            + (e.dipAnswers() == 0 ? "" : " over " + e.dipAnswers() + " answers")),
        item("Indicators reported", e.indicatorsReported() + (e.indicatorMonth() == null ? ""
            : " in " + InsightFilterBar.MONTH.format(e.indicatorMonth()))),
        item("Indicators red", String.valueOf(e.redIndicators())),
        item("Indicators amber", String.valueOf(e.amberIndicators())),
        item("Actions overdue", e.overdueActions() + " of " + e.outstandingActions() + " open"),
        item("Open Cases of Concern", String.valueOf(e.openConcerns())));
    inputs.setId("team-inputs");
    UnorderedList why = new UnorderedList();
    why.setId("team-reasons");
    team.reasons().forEach(r -> why.add(new ListItem(r)));
    detail.add(new Paragraph("What the team-rag table was given:"), inputs, new Paragraph(team.rag().label() + " because:"), why);
    if (!team.otherReasons().isEmpty()) {
      UnorderedList others = new UnorderedList();
      others.setId("team-other-reasons");
      team.otherReasons().forEach(r -> others.add(new ListItem(r)));
      detail.add(new Paragraph("Also noted:"), others);
    }
  }

  /** e.g. "3 audits: 67 % good or better, 33 % inadequate". */
  static String audits(TeamEvidence e) {
    if (e.auditsGraded() == 0) {
      return "None";
    }
    return e.auditsGraded() + (e.auditsGraded() == 1 ? " audit: " : " audits: ")
        + InsightFormat.percent(e.goodOrBetterPercent()) + " good or better, " + InsightFormat.percent(e.inadequatePercent())
        + " inadequate";
  }

  private static ListItem item(String label, String value) {
    ListItem item = new ListItem();
    Span name = new Span(label + ": ");
    name.getStyle().set("font-weight", "600");
    item.add(name, new Span(value));
    return item;
  }
}
