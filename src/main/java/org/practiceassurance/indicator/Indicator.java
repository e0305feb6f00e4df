package org.practiceassurance.indicator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One performance indicator of the catalogue, reported monthly per team.
 *
 * <p>The RAG rule (docs/adr/0010-indicator-rag.md): the <b>amber threshold</b> is the edge between
 * GREEN and AMBER, the <b>red threshold</b> the edge between AMBER and RED; the <b>target</b> is the
 * goal drawn on charts and packs (usually equal to the amber threshold) and plays no part in the
 * colour. An edge belongs to the better band.
 * <ul>
 *   <li>Higher is better: GREEN if {@code v >= amber}; AMBER if {@code red <= v < amber}; RED if
 *       {@code v < red}. Requires {@code red <= amber}.</li>
 *   <li>Lower is better (the mirror): GREEN if {@code v <= amber}; AMBER if {@code amber < v <= red};
 *       RED if {@code v > red}. Requires {@code amber <= red}.</li>
 * </ul>
 * A catalogue entry whose thresholds are the wrong way round is refused when it is built.
 *
 * @param code upper snake case, e.g. {@code ASSESSMENTS_IN_45_DAYS}
 * @param unit e.g. {@code "%"}, {@code "days"}, {@code "children"}, {@code "per worker"}
 * @param target the goal shown on charts and packs
 * @param amberThreshold the edge between green and amber
 * @param redThreshold the edge between amber and red
 * @param description what is counted, and where the target comes from
 */
public record Indicator(String code, String name, String unit, Direction direction, double target,
    double amberThreshold, double redThreshold, String description) {

  /** Upper snake case: letters, digits and single underscores, starting with a letter. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  public static final String PERCENT = "%";

  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Indicator code " + code + " is not upper snake case");
    }
    if (!Double.isFinite(target) || !Double.isFinite(amberThreshold) || !Double.isFinite(redThreshold)) {
      throw new IllegalArgumentException("Indicator " + code + " has a threshold or target that is not a number");
    }
    if (direction == Direction.HIGHER_IS_BETTER && redThreshold > amberThreshold) {
      throw new IllegalArgumentException("Indicator " + code + " (higher is better) needs red threshold "
          + redThreshold + " <= amber threshold " + amberThreshold);
    }
    if (direction == Direction.LOWER_IS_BETTER && amberThreshold > redThreshold) {
      throw new IllegalArgumentException("Indicator " + code + " (lower is better) needs amber threshold "
          + amberThreshold + " <= red threshold " + redThreshold);
    }
    description = description == null ? "" : description;
  }

  /** The colour of a value; an edge belongs to the better band (see the class comment). */
  public Rag rag(double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("No RAG for a value that is not a number");
    }
    if (direction == Direction.HIGHER_IS_BETTER) {
      if (value >= amberThreshold) {
        return Rag.GREEN;
      }
      return value >= redThreshold ? Rag.AMBER : Rag.RED;
    }
    if (value <= amberThreshold) {
      return Rag.GREEN;
    }
    return value <= redThreshold ? Rag.AMBER : Rag.RED;
  }

  /** A percentage: values 0 to 100, and a numerator never above its denominator. */
  public boolean isPercentage() {
    return PERCENT.equals(unit);
  }

  /**
   * What a numerator over a denominator is multiplied by to give the value: 100 for a percentage,
   * 1 for a rate such as children per worker.
   */
  public double scale() {
    return isPercentage() ? 100 : 1;
  }
}
