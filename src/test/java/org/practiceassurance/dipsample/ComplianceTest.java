package org.practiceassurance.dipsample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * Five files, worked by hand (y = Yes + ½ Partly, m = answers other than N/A):
   *
   * <pre>
   * file  Yes Partly No N/A    y    m   y − p·m (p = 11/18)
   * A      4    0     0   0    4    4    4 − 44/18 =  28/18
   * B      3    0     1   0    3    4    3 − 44/18 =  10/18
   * C      1    2     1   0    2    4    2 − 44/18 =  −8/18
   * D      0    0     2   2    0    2    0 − 22/18 = −22/18
   * E      2    0     2   0    2    4    2 − 44/18 =  −8/18
   *                          Σy = 11, Σm = n = 18, k = 5 files
   * p = 11/18 = 0.61111
   * Σ (y − p·m)² = (784 + 100 + 64 + 484 + 64) / 324 = 1496/324 = 4.61728
   * v = k/(k − 1) · Σ (y − p·m)² / n² = 5/4 · 4.61728 / 324 = 0.0178136
   * effective n = p(1 − p) / v = (77/324) / 0.0178136 = 1134/85 = 13.3412 (design effect 18 / 13.3412 = 1.349)
   * Wilson over 13.3412, z = 1.959964, z² = 3.841459:
   *   denominator = 1 + z²/n = 1.287940
   *   centre = (p + z²/2n) / denominator = (0.611111 + 0.143970) / 1.287940 = 0.586270
   *   half   = z · √(p(1 − p)/n + z²/4n²) / denominator = 1.959964 · √(0.0178136 + 0.0053957) / 1.287940 = 0.231837
   *   interval = 0.354433 to 0.818108 (as if all 18 answers were independent: 0.386190 to 0.796948)
   * </pre>
   */
  @Test
  void overallComplianceCountsEachFileAsAClusterAsWorkedByHand() {
    Compliance.Result result = Compliance.overall(List.of(new Compliance.FileAnswers(4, 0, 0),
        new Compliance.FileAnswers(3, 0, 1), new Compliance.FileAnswers(1, 2, 1), new Compliance.FileAnswers(0, 0, 2),
        new Compliance.FileAnswers(2, 0, 2)));

    assertThat(result.compliance()).isCloseTo(11.0 / 18, within(1e-12));
    assertThat(result.answers()).isEqualTo(18);
    assertThat(result.files()).isEqualTo(5);
    assertThat(result.effectiveSize()).isCloseTo(1134.0 / 85, within(1e-9));
    assertThat(result.designEffect()).isCloseTo(1.349206, within(1e-6));
    assertThat(result.lower()).isCloseTo(0.354433, within(1e-6));
    assertThat(result.upper()).isCloseTo(0.818108, within(1e-6));
    Compliance.Result independent = Compliance.of(10, 2, 6, 2);
    assertThat(independent.compliance()).isCloseTo(result.compliance(), within(1e-12));
    assertThat(independent.lower()).isCloseTo(0.386190, within(1e-6));
    assertThat(result.upper() - result.lower()).isGreaterThan(independent.upper() - independent.lower());
  }

  /**
   * Eight files of four answers each, four all Yes and four all No: p = 16/32 = ½; each file's
   * y − p·m is ±2, so Σ (y − p·m)² = 8 · 4 = 32 and v = 8/7 · 32 / 32² = 1/28; effective n =
   * (½ · ½) / (1/28) = 7: the 32 answers are worth 7 independent ones, not 32 (design effect 32/7).
   * Every answer alike says nothing about clustering: each file then counts once.
   */
  @Test
  void filesThatAnswerAllAlikeAreWorthLittleMoreThanOneAnswerEach() {
    List<Compliance.FileAnswers> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      files.add(new Compliance.FileAnswers(4, 0, 0));
      files.add(new Compliance.FileAnswers(0, 0, 4));
    }
    Compliance.Result result = Compliance.overall(files);

    assertThat(result.compliance()).isEqualTo(0.5);
    assertThat(result.effectiveSize()).isCloseTo(7, within(1e-9));
    assertThat(result.designEffect()).isCloseTo(32.0 / 7, within(1e-9));

    Compliance.Result allYes = Compliance.overall(List.of(new Compliance.FileAnswers(4, 0, 0),
        new Compliance.FileAnswers(3, 0, 0), new Compliance.FileAnswers(0, 0, 0)));
    assertThat(allYes.compliance()).isEqualTo(1.0);
    assertThat(allYes.effectiveSize()).as("two files with answers, each counted once").isEqualTo(2);
    assertThat(allYes.files()).isEqualTo(2);
    assertThat(Compliance.overall(List.of()).compliance()).isNaN();
  }
}
