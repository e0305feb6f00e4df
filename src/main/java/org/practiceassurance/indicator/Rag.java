package org.practiceassurance.indicator;

/**
 * Red, amber or green against an indicator's thresholds ({@link Indicator#rag(double)}). Screens show
 * the word as well as the colour, never the colour alone.
 */
public enum Rag {
  GREEN("Green"),
  AMBER("Amber"),
  RED("Red");

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  /** "Green", "Amber" or "Red". */
  public String label() {
    return label;
  }
}
