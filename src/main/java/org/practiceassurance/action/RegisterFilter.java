package org.practiceassurance.action;

/**
 * Narrows the actions register; a null or blank field does not filter.
 *
 * @param overdueOnly only actions past their due date and still with their owner
 */
public record RegisterFilter(
    ActionStatus status, String owner, String teamCode, String serviceCode, ActionSource source, boolean overdueOnly) {

  public static final RegisterFilter NONE = new RegisterFilter(null, null, null, null, null, false);

  public RegisterFilter {
    owner = blankToNull(owner);
    teamCode = blankToNull(teamCode);
    serviceCode = blankToNull(serviceCode);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
