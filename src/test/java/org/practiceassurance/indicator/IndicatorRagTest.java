package org.practiceassurance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The RAG rule at its edges (docs/adr/0010-indicator-rag.md): the amber threshold is the green/amber
 * edge, the red threshold the amber/red edge, and an edge belongs to the better band, in both
 * directions. "Just either side" is the next representable double, not a tolerance.
 */
class IndicatorRagTest {

  private static final Indicator ASSESSMENTS = new Indicator("ASSESSMENTS_IN_45_DAYS", "Assessments", "%",
      Direction.HIGHER_IS_BETTER, 85, 85, 75, "");
  private static final Indicator RE_REFERRALS = new Indicator("RE_REFERRAL_RATE", "Re-referrals", "%",
      Direction.LOWER_IS_BETTER, 24, 24, 28, "");

  @Test
  void higherIsBetterGreenFromTheAmberThresholdAmberFromTheRedThreshold() {
    assertThat(ASSESSMENTS.rag(100)).isEqualTo(Rag.GREEN);
    assertThat(ASSESSMENTS.rag(Math.nextUp(85.0))).isEqualTo(Rag.GREEN);
    assertThat(ASSESSMENTS.rag(85)).as("on the amber threshold").isEqualTo(Rag.GREEN);
    assertThat(ASSESSMENTS.rag(Math.nextDown(85.0))).isEqualTo(Rag.AMBER);
    assertThat(ASSESSMENTS.rag(80)).isEqualTo(Rag.AMBER);
    assertThat(ASSESSMENTS.rag(Math.nextUp(75.0))).isEqualTo(Rag.AMBER);
    assertThat(ASSESSMENTS.rag(75)).as("on the red threshold").isEqualTo(Rag.AMBER);
    assertThat(ASSESSMENTS.rag(Math.nextDown(75.0))).isEqualTo(Rag.RED);
    assertThat(ASSESSMENTS.rag(0)).isEqualTo(Rag.RED);
  }

  @Test
  void lowerIsBetterIsTheMirror() {
    assertThat(RE_REFERRALS.rag(0)).isEqualTo(Rag.GREEN);
    assertThat(RE_REFERRALS.rag(Math.nextDown(24.0))).isEqualTo(Rag.GREEN);
    assertThat(RE_REFERRALS.rag(24)).as("on the amber threshold").isEqualTo(Rag.GREEN);
    assertThat(RE_REFERRALS.rag(Math.nextUp(24.0))).isEqualTo(Rag.AMBER);
    assertThat(RE_REFERRALS.rag(26)).isEqualTo(Rag.AMBER);
    assertThat(RE_REFERRALS.rag(Math.nextDown(28.0))).isEqualTo(Rag.AMBER);
    assertThat(RE_REFERRALS.rag(28)).as("on the red threshold").isEqualTo(Rag.AMBER);
    assertThat(RE_REFERRALS.rag(Math.nextUp(28.0))).isEqualTo(Rag.RED);
    assertThat(RE_REFERRALS.rag(100)).isEqualTo(Rag.RED);
  }

  @Test
  void theTargetPlaysNoPartInTheColour() {
    Indicator stretch = new Indicator("STRETCH", "Stretch", "%", Direction.HIGHER_IS_BETTER, 95, 85, 75, "");
    assertThat(stretch.rag(90)).as("below the target, above the amber threshold").isEqualTo(Rag.GREEN);
  }

  @Test
  void equalThresholdsLeaveNoAmberBand() {
    Indicator sharp = new Indicator("SHARP", "Sharp", "%", Direction.HIGHER_IS_BETTER, 90, 90, 90, "");
    assertThat(sharp.rag(90)).isEqualTo(Rag.GREEN);
    assertThat(sharp.rag(Math.nextDown(90.0))).isEqualTo(Rag.RED);
    Indicator sharpLow = new Indicator("SHARP_LOW", "Sharp low", "per worker", Direction.LOWER_IS_BETTER, 18, 18, 18, "");
    assertThat(sharpLow.rag(18)).isEqualTo(Rag.GREEN);
    assertThat(sharpLow.rag(Math.nextUp(18.0))).isEqualTo(Rag.RED);
  }

  @Test
  void thresholdsTheWrongWayRoundAreRefused() {
    assertThatThrownBy(() -> new Indicator("BAD", "Bad", "%", Direction.HIGHER_IS_BETTER, 85, 75, 85, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("red threshold 85.0 <= amber threshold 75.0");
    assertThatThrownBy(() -> new Indicator("BAD", "Bad", "%", Direction.LOWER_IS_BETTER, 24, 28, 24, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amber threshold 28.0 <= red threshold 24.0");
    assertThatThrownBy(() -> new Indicator("bad code", "Bad", "%", Direction.LOWER_IS_BETTER, 1, 1, 2, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ASSESSMENTS.rag(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
