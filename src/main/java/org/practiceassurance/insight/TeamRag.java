package org.practiceassurance.insight;

/** A team's colour in triangulation, worst first; screens show the word with the colour. */
public enum TeamRag {
  RED("Red"),
  AMBER("Amber"),
  NONE("No evidence"),
  GREEN("Green");

  private final String label;

  TeamRag(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
