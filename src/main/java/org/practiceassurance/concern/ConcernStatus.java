package org.practiceassurance.concern;

public enum ConcernStatus {
  OPEN("Open"), ACKNOWLEDGED("Acknowledged"), RESOLVED("Resolved");

  private final String label;

  ConcernStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
