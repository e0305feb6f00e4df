package org.practiceassurance.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.insight.internal.TeamRagRule;
import org.practiceassurance.insight.internal.TriangulationQueries;
import org.practiceassurance.insight.internal.ViewerScope;
import org.practiceassurance.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team triangulation: for each team the person may see, audit grades, dip-sample compliance,
 * indicators with their RAG, open and overdue actions and open concerns side by side, and a team RAG
 * from the {@code team-rag} decision table with the inputs it was given and the reasons for its
 * colour. Scoped as {@link Dashboards}.
 */
@Service
@Transactional(readOnly = true)
public class Triangulation {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final TriangulationQueries queries;
  private final TeamRagRule rule;
  private final CaseFiles caseFiles;
  private final Indicators indicators;
  private final CurrentUser currentUser;

  Triangulation(TriangulationQueries queries, TeamRagRule rule, CaseFiles caseFiles, Indicators indicators,
      CurrentUser currentUser) {
    this.queries = queries;
    this.rule = rule;
    this.caseFiles = caseFiles;
    this.indicators = indicators;
    this.currentUser = currentUser;
  }

  /** Every team in the filter's scope, worst first (red, amber, no evidence, green), then by code. */
  public List<TeamPicture> teams(InsightFilter filter) {
    ViewerScope scope = ViewerScope.of(currentUser.get(), filter, caseFiles);
    InsightFilter applied = scope.filter();
    List<Team> teams = caseFiles.teams().stream()
        .filter(t -> applied.serviceCode() == null || applied.serviceCode().equals(t.serviceCode()))
        .filter(t -> applied.teamCode() == null || applied.teamCode().equals(t.code()))
        .filter(t -> applied.locality() == null || applied.locality().equals(t.locality()))
        .toList();
    Map<String, TeamEvidence> evidence = queries.evidence(scope, LocalDate.now(UK), indicators.catalogue());
    List<TeamEvidence> inputs = teams.stream().map(t -> evidence.getOrDefault(t.code(), TriangulationQueries.nothing())).toList();
    List<TeamRagRule.Verdict> verdicts = rule.decideAll(inputs);
    java.util.ArrayList<TeamPicture> pictures = new java.util.ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      Team t = teams.get(i);
      TeamRagRule.Verdict verdict = verdicts.get(i);
      pictures.add(new TeamPicture(t.code(), t.name(), t.serviceCode(), t.locality(), inputs.get(i), verdict.rag(),
          verdict.reasons(), verdict.otherReasons()));
    }
    pictures.sort(Comparator.comparing(TeamPicture::rag).thenComparing(TeamPicture::teamCode));
    return List.copyOf(pictures);
  }

  /** One team's picture; refused when the team is outside the person's scope. */
  public TeamPicture team(InsightFilter filter, String teamCode) {
    return teams(filter.withTeam(teamCode)).stream().findFirst()
        .orElseThrow(() -> new NoSuchElementException("No team " + teamCode + " on the roster"));
  }
}
