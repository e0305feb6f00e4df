package org.practiceassurance.dipsample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values computed independently (Python's statistics.NormalDist and the textbook formulas). */
class ComplianceTest {

  @Test
  void complianceCountsPartlyAsHalfAndLeavesNotApplicableOut() {
    Compliance.Result result = Compliance.of(20, 4, 16, 7);

    assertThat(result.compliance()).isCloseTo(0.55, within(1e-12));
    assertThat(result.effectiveSize()).isEqualTo(40);
    assertThat(result.lower()).isCloseTo(0.39829091798932054, within(1e-9));
    assertThat(result.upper()).isCloseTo(0.6929469218909508, within(1e-9));
  }

  @Test
  void theWilsonIntervalMatchesTheTextbookFor35Of50() {
    Compliance.Result result = Compliance.of(35, 0, 15, 0);

    assertThat(result.lower()).isCloseTo(0.562496495355466, within(1e-9));
    assertThat(result.upper()).isCloseTo(0.8089644649911906, within(1e-9));
  }

  @Test
  void aRealImprovementIsSignificantAndASmallOneIsNot() {
    Compliance.Change big = Compliance.change(Compliance.of(20, 4, 16, 0), Compliance.of(40, 0, 10, 0));
    assertThat(big.z()).isCloseTo(2.54566587488299, within(1e-9));
    assertThat(big.pValue()).isCloseTo(0.010906953062739033, within(1e-6));
    assertThat(big.significant()).isTrue();

    Compliance.Change small = Compliance.change(Compliance.of(35, 0, 15, 0), Compliance.of(37, 0, 13, 0));
    assertThat(small.z()).isCloseTo(0.44543540318737435, within(1e-9));
    assertThat(small.pValue()).isCloseTo(0.6560051321908609, within(1e-6));
    assertThat(small.significant()).isFalse();
  }

  @Test
  void aQuestionNobodyAnsweredHasNoCompliance() {
    assertThat(Compliance.of(0, 0, 0, 12).compliance()).isNaN();
  }
}
