package org.practiceassurance.dipsample;

/**
 * Whether, and when, a dip sample runs again with the same questions on a new draw (or the same
 * children).
 *
 * @param weeks for {@link Mode#AFTER_WEEKS} and {@link Mode#UNTIL_TARGET}: how long until the next run
 * @param targetPercent for {@link Mode#UNTIL_TARGET}: runs repeat until overall compliance reaches it
 */
public record RerunChoice(Mode mode, Integer weeks, Double targetPercent, boolean sameChildren) {

  public enum Mode {
    /** Not again. */
    NONE,
    /** A new run starts at once. */
    NOW,
    /** A new run starts after a number of weeks. */
    AFTER_WEEKS,
    /** A new run every few weeks until overall compliance reaches the target. */
    UNTIL_TARGET
  }

  public static RerunChoice none() {
    return new RerunChoice(Mode.NONE, null, null, false);
  }
}
