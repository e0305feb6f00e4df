package org.practiceassurance.insight.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.practiceassurance.insight.InsightTargets;
import org.practiceassurance.insight.TeamEvidence;
import org.practiceassurance.insight.TeamRag;
import org.springframework.stereotype.Component;

/**
 * The {@code team-rag} decision table (processes/team-rag.dmn) as deployed, evaluated by a DMN
 * engine of its own: triangulation evaluates it for every team on every view, and the process
 * engine's decision service would write a history row for each evaluation. The latest deployed
 * version is parsed once and kept until a newer one is deployed.
 */
@Component
public class TeamRagRule {

  public static final String DECISION = "team-rag";

  /** What the table decided: the colour and the reasons of that colour, then the others. */
  public record Verdict(TeamRag rag, List<String> reasons, List<String> otherReasons) {}

  private final RepositoryService repository;
  private final InsightTargets targets;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private volatile Parsed parsed;

  private record Parsed(String definitionId, DmnDecision decision) {}

  TeamRagRule(RepositoryService repository, InsightTargets targets) {
    this.repository = repository;
    this.targets = targets;
  }

  public Verdict decide(TeamEvidence evidence) {
    return decideAll(List.of(evidence)).get(0);
  }

  /** One verdict per team, in order; the deployed table is looked up once for them all. */
  public List<Verdict> decideAll(List<TeamEvidence> teams) {
    DmnDecision decision = decision();
    return teams.stream().map(evidence -> decide(decision, evidence)).toList();
  }

  private Verdict decide(DmnDecision decision, TeamEvidence evidence) {
    VariableMap inputs = Variables.createVariables()
        .putValue("auditsGraded", evidence.auditsGraded())
        .putValue("inadequatePercent", evidence.inadequatePercent())
        .putValue("goodOrBetterPercent", evidence.goodOrBetterPercent())
        .putValue("dipCompliancePercent", evidence.dipCompliancePercent())
        .putValue("indicatorsReported", evidence.indicatorsReported())
        .putValue("redIndicators", evidence.redIndicators())
        .putValue("amberIndicators", evidence.amberIndicators())
        .putValue("overdueActions", evidence.overdueActions())
        .putValue("openConcerns", evidence.openConcerns())
        .putValue("inadequateTarget", targets.inadequatePercent())
        .putValue("goodOrBetterTarget", targets.goodOrBetterPercent())
        .putValue("minimumAudits", targets.minimumAudits());
    List<Map.Entry<TeamRag, String>> matched = new ArrayList<>();
    for (DmnDecisionRuleResult rule : dmn.evaluateDecisionTable(decision, inputs)) {
      matched.add(Map.entry(TeamRag.valueOf(rule.getEntry("rag")), rule.getEntry("reason")));
    }
    TeamRag worst = matched.stream().map(Map.Entry::getKey).min(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalStateException("The team-rag table matched no rule, not even its last"));
    return new Verdict(worst,
        matched.stream().filter(m -> m.getKey() == worst).map(Map.Entry::getValue).toList(),
        matched.stream().filter(m -> m.getKey() != worst && m.getKey() != TeamRag.GREEN).map(Map.Entry::getValue).toList());
  }

  private DmnDecision decision() {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalStateException("The " + DECISION + " decision table is not deployed");
    }
    Parsed current = parsed;
    if (current == null || !current.definitionId().equals(latest.getId())) {
      try (InputStream model = repository.getDecisionModel(latest.getId())) {
        current = new Parsed(latest.getId(), dmn.parseDecision(DECISION, model));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Cannot read the " + DECISION + " decision table", e);
      }
      parsed = current;
    }
    return current.decision();
  }
}
