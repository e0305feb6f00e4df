package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every rule of the two audit decision tables, on the deployed DMN. */
@SpringBootTest
class AuditDecisionsTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "risk acted on {0}, {1} inadequate, {2} RI, {3} outstanding -> {4}")
  @CsvSource({
      "false, 0, 0, 5, INADEQUATE",            // risk not acted on outweighs everything
      "true,  2, 0, 0, INADEQUATE",
      "true,  1, 0, 2, REQUIRES_IMPROVEMENT",
      "true,  0, 3, 0, REQUIRES_IMPROVEMENT",
      "true,  0, 0, 3, OUTSTANDING",
      "true,  0, 1, 4, GOOD",                  // one RI keeps it off Outstanding
      "true,  0, 2, 0, GOOD",
      "true,  0, 0, 0, GOOD"
  })
  void theSuggestedOverallGrade(boolean riskActedOn, int inadequate, int requiresImprovement, int outstanding,
      String expected) {
    Map<String, Object> areas = Variables.createVariables().putValue("riskActedOn", riskActedOn)
        .putValue("inadequateAreas", inadequate).putValue("requiresImprovementAreas", requiresImprovement)
        .putValue("outstandingAreas", outstanding);

    assertThat(decisions.evaluateDecisionTableByKey("audit-overall-grade", areas).getSingleResult()
        .<String>getEntry("suggestedGrade")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, in development {1}, draw {2} at rate {3} -> {4} ({5})")
  @CsvSource({
      "INADEQUATE,           false, 0.99, 0.1, true,  Graded Inadequate",
      "OUTSTANDING,          false, 0.99, 0.1, true,  Graded Outstanding",
      "GOOD,                 true,  0.99, 0.1, true,  Auditor in development",
      "REQUIRES_IMPROVEMENT, false, 0.05, 0.1, true,  Sampled",
      "GOOD,                 false, 0.10, 0.1, false, Not sampled",
      "REQUIRES_IMPROVEMENT, false, 0.50, 0.0, false, Not sampled"
  })
  void whetherAnAuditIsModerated(String grade, boolean inDevelopment, double draw, double rate, boolean moderate,
      String reason) {
    var result = decisions.evaluateDecisionTableByKey("audit-moderation-selection", Variables.createVariables()
        .putValue("overallGrade", grade).putValue("auditorInDevelopment", inDevelopment)
        .putValue("sampleDraw", draw).putValue("sampleRate", rate)).getSingleResult();

    assertThat(result.<Boolean>getEntry("moderate")).isEqualTo(moderate);
    assertThat(result.<String>getEntry("moderationReason")).isEqualTo(reason);
  }
}
