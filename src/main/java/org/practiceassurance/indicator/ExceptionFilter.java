package org.practiceassurance.indicator;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Which children on exception lists to read: a scope (team, service or locality) and a month, narrowed
 * by list, team and the start of a child's reference; a null or blank narrowing field does not filter.
 *
 * @param scopeCode a team code, service code or locality name, by level (case does not matter)
 * @param month null for the latest month with any exception for the scope
 * @param listCode e.g. {@code NOT_SEEN_IN_TIMESCALE}
 * @param childReference the start of a child's reference, e.g. {@code CF-10}
 */
public record ExceptionFilter(ScopeLevel level, String scopeCode, YearMonth month, String listCode, String teamCode,
    String childReference) {

  public ExceptionFilter {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(scopeCode, "scopeCode");
    listCode = blankToNull(listCode);
    teamCode = blankToNull(teamCode);
    childReference = blankToNull(childReference);
  }

  /** Everyone on the scope's lists for the month. */
  public static ExceptionFilter of(ScopeLevel level, String scopeCode, YearMonth month) {
    return new ExceptionFilter(level, scopeCode, month, null, null, null);
  }

  public ExceptionFilter withMonth(YearMonth value) {
    return new ExceptionFilter(level, scopeCode, value, listCode, teamCode, childReference);
  }

  public ExceptionFilter withList(String value) {
    return new ExceptionFilter(level, scopeCode, month, value, teamCode, childReference);
  }

  public ExceptionFilter withTeam(String value) {
    return new ExceptionFilter(level, scopeCode, month, listCode, value, childReference);
  }

  public ExceptionFilter withChild(String value) {
    return new ExceptionFilter(level, scopeCode, month, listCode, teamCode, value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
