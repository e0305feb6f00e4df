package org.practiceassurance.indicator;

/**
 * A place in the organisation that indicators are read for: a team, a service or a locality.
 *
 * @param code the team code, service code or locality name
 * @param name e.g. "Children & Families Stroud 1", "Children & Families", "Stroud"
 */
public record Scope(ScopeLevel level, String code, String name) {

  /** e.g. "Team: Children & Families Stroud 1 (CF-STR-1)", "Service: Children & Families (CF)", "Locality: Stroud". */
  public String label() {
    return level.label() + ": " + name + (level == ScopeLevel.LOCALITY || name.equals(code) ? "" : " (" + code + ")");
  }
}
