package org.practiceassurance.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.practiceassurance.insight.internal.TeamRagRule;
import org.practiceassurance.insight.internal.TeamRagRule.Verdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every rule of the deployed {@code team-rag} decision table, each on its own at its edges, and the
 * worst colour winning when several match. The targets are the defaults: 42 % good or better, 12 %
 * inadequate.
 */
@SpringBootTest
class TeamRagRuleTest {

  @Autowired TeamRagRule rule;

  /** A team well within every threshold: 10 audits, 60 % good, none inadequate, 90 % compliance, 11 green indicators. */
  private static Evidence green() {
    return new Evidence();
  }

  /** Builder over {@link TeamEvidence}, starting from a green team. */
  private static final class Evidence {
    long audits = 10;
    Double good = 60.0;
    Double inadequate = 0.0;
    Double compliance = 90.0;
    int reported = 11;
    int red;
    int amber;
    long overdue;
    long concerns;

    Evidence audits(long n, Double goodPercent, Double inadequatePercent) {
      audits = n;
      good = goodPercent;
      inadequate = inadequatePercent;
      return this;
    }

    Evidence compliance(Double percent) {
      compliance = percent;
      return this;
    }

    Evidence indicators(int reportedCount, int redCount, int amberCount) {
      reported = reportedCount;
      red = redCount;
      amber = amberCount;
      return this;
    }

    Evidence overdue(long n) {
      overdue = n;
      return this;
    }

    Evidence concerns(long n) {
      concerns = n;
      return this;
    }

    TeamEvidence build() {
      return new TeamEvidence(audits, good, inadequate, compliance, compliance == null ? 0 : 40,
          reported == 0 ? null : YearMonth.of(2026, 10), reported, red, amber, reported - red - amber, overdue + 1,
          overdue, concerns);
    }
  }

  private Verdict decide(Evidence evidence) {
    return rule.decide(evidence.build());
  }

  @Test
  void aTeamWithinEveryThresholdIsGreen() {
    Verdict verdict = decide(green());
    assertThat(verdict.rag()).isEqualTo(TeamRag.GREEN);
    assertThat(verdict.reasons()).containsExactly("Every figure within its threshold");
    assertThat(verdict.otherReasons()).isEmpty();
  }

  @Test
  void inadequateAuditsAboveTheTargetAreRedAndOnTheTargetAreNot() {
    assertThat(decide(green().audits(10, 60.0, 12.5))).satisfies(v -> {
      assertThat(v.rag()).isEqualTo(TeamRag.RED);
      assertThat(v.reasons()).containsExactly("Inadequate audits above the target");
    });
    assertThat(decide(green().audits(10, 60.0, 12.0)).rag()).isEqualTo(TeamRag.GREEN);
  }

  @Test
  void auditPercentagesOfFewerThanThreeAuditsAreNotJudged() {
    assertThat(decide(green().audits(2, 0.0, 50.0)).rag()).isEqualTo(TeamRag.GREEN);
    assertThat(decide(green().audits(3, 0.0, 33.3))).satisfies(v -> {
      assertThat(v.rag()).isEqualTo(TeamRag.RED);
      assertThat(v.reasons()).containsExactly("Inadequate audits above the target");
      assertThat(v.otherReasons()).containsExactly("Good or better audits below the target");
    });
  }

  @Test
  void threeRedIndicatorsAreRedAndOneOrTwoAmber() {
    assertThat(decide(green().indicators(11, 3, 0)).reasons()).containsExactly("Three or more indicators red");
    assertThat(decide(green().indicators(11, 2, 0))).satisfies(v -> {
      assertThat(v.rag()).isEqualTo(TeamRag.AMBER);
      assertThat(v.reasons()).containsExactly("One or two indicators red");
    });
    assertThat(decide(green().indicators(11, 1, 0)).rag()).isEqualTo(TeamRag.AMBER);
  }

  @Test
  void threeAmberIndicatorsAreAmberAndTwoAreNot() {
    assertThat(decide(green().indicators(11, 0, 3)).reasons()).containsExactly("Three or more indicators amber");
    assertThat(decide(green().indicators(11, 0, 2)).rag()).isEqualTo(TeamRag.GREEN);
  }

  @Test
  void dipSampleComplianceBelowHalfIsRedBelowThreeQuartersAmber() {
    assertThat(decide(green().compliance(49.9))).satisfies(v -> {
      assertThat(v.rag()).isEqualTo(TeamRag.RED);
      assertThat(v.reasons()).containsExactly("Dip-sample compliance below 50 %");
    });
    assertThat(decide(green().compliance(50.0)).reasons()).containsExactly("Dip-sample compliance below 75 %");
    assertThat(decide(green().compliance(74.9)).rag()).isEqualTo(TeamRag.AMBER);
    assertThat(decide(green().compliance(75.0)).rag()).isEqualTo(TeamRag.GREEN);
    assertThat(decide(green().compliance(null)).rag()).as("no dip sample: no rule about it").isEqualTo(TeamRag.GREEN);
  }

  @Test
  void fiveOverdueActionsAreRedOneToFourAmber() {
    assertThat(decide(green().overdue(5)).reasons()).containsExactly("Five or more actions overdue");
    assertThat(decide(green().overdue(4)).reasons()).containsExactly("Actions overdue");
    assertThat(decide(green().overdue(1)).rag()).isEqualTo(TeamRag.AMBER);
    assertThat(decide(green().overdue(0)).rag()).isEqualTo(TeamRag.GREEN);
  }

  @Test
  void goodOrBetterBelowTheTargetIsAmber() {
    assertThat(decide(green().audits(10, 41.9, 0.0)).reasons()).containsExactly("Good or better audits below the target");
    assertThat(decide(green().audits(10, 42.0, 0.0)).rag()).isEqualTo(TeamRag.GREEN);
  }

  @Test
  void aChildOnTheRegisterMakesTheTeamAmber() {
    assertThat(decide(green().concerns(1)).reasons()).containsExactly("Children on the Cases of Concern register");
  }

  @Test
  void aTeamWithNoAuditsDipSamplesOrIndicatorsHasNoEvidenceUnlessSomethingElseIsWrong() {
    Evidence empty = green().audits(0, null, null).compliance(null).indicators(0, 0, 0);
    assertThat(decide(empty)).satisfies(v -> {
      assertThat(v.rag()).isEqualTo(TeamRag.NONE);
      assertThat(v.reasons()).containsExactly("No audits, dip samples or indicators in these months");
    });
    assertThat(decide(empty.overdue(2)).rag()).isEqualTo(TeamRag.AMBER);
  }

  @Test
  void theWorstColourWinsAndTheOtherReasonsAreKept() {
    Verdict verdict = decide(green().audits(10, 20.0, 30.0).overdue(6).concerns(2).compliance(60.0));
    assertThat(verdict.rag()).isEqualTo(TeamRag.RED);
    assertThat(verdict.reasons()).containsExactly("Inadequate audits above the target", "Five or more actions overdue");
    assertThat(verdict.otherReasons()).containsExactly("Good or better audits below the target",
        "Dip-sample compliance below 75 %", "Children on the Cases of Concern register");
  }
}
