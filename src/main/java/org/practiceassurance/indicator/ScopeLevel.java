package org.practiceassurance.indicator;

/**
 * Where in the organisation a value is read: a team (values as imported), or a service or locality
 * (rolled up from its teams' values, see {@link Indicators#series}).
 */
public enum ScopeLevel {
  TEAM("Team"),
  SERVICE("Service"),
  LOCALITY("Locality");

  private final String label;

  ScopeLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
