package org.practiceassurance.indicator;

/** Which way an indicator improves: a higher share seen in time is better, a higher re-referral rate worse. */
public enum Direction {
  HIGHER_IS_BETTER("Higher is better"),
  LOWER_IS_BETTER("Lower is better");

  private final String words;

  Direction(String words) {
    this.words = words;
  }

  /** "Higher is better" or "Lower is better", for screens and packs. */
  public String words() {
    return words;
  }
}
