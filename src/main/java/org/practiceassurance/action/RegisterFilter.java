package org.practiceassurance.action;

import java.time.LocalDate;

/**
 * Narrows the actions register; a null or blank field does not filter. Text matches without regard
 * to case.
 *
 * @param owner the owner's username
 * @param raisedBy who raised it (username)
 * @param childReference the start of a child's reference, e.g. {@code CF-10}
 * @param dueFrom due on or after this day
 * @param dueTo due on or before this day
 * @param overdueOnly only actions past their due date and still with their owner
 */
public record RegisterFilter(
    ActionStatus status, String owner, String raisedBy, String teamCode, String serviceCode, ActionSource source,
    String childReference, LocalDate dueFrom, LocalDate dueTo, boolean overdueOnly) {

  public static final RegisterFilter NONE = new RegisterFilter(null, null, null, null, null, null, null, null, null, false);

  public RegisterFilter {
    owner = blankToNull(owner);
    raisedBy = blankToNull(raisedBy);
    teamCode = blankToNull(teamCode);
    serviceCode = blankToNull(serviceCode);
    childReference = blankToNull(childReference);
  }

  public RegisterFilter withStatus(ActionStatus value) {
    return new RegisterFilter(value, owner, raisedBy, teamCode, serviceCode, source, childReference, dueFrom, dueTo,
        overdueOnly);
  }

  public RegisterFilter withOwner(String value) {
    return new RegisterFilter(status, value, raisedBy, teamCode, serviceCode, source, childReference, dueFrom, dueTo,
        overdueOnly);
  }

  public RegisterFilter withRaisedBy(String value) {
    return new RegisterFilter(status, owner, value, teamCode, serviceCode, source, childReference, dueFrom, dueTo,
        overdueOnly);
  }

  public RegisterFilter withTeam(String value) {
    return new RegisterFilter(status, owner, raisedBy, value, serviceCode, source, childReference, dueFrom, dueTo,
        overdueOnly);
  }

  public RegisterFilter withService(String value) {
    return new RegisterFilter(status, owner, raisedBy, teamCode, value, source, childReference, dueFrom, dueTo,
        overdueOnly);
  }

  public RegisterFilter withSource(ActionSource value) {
    return new RegisterFilter(status, owner, raisedBy, teamCode, serviceCode, value, childReference, dueFrom, dueTo,
        overdueOnly);
  }

  public RegisterFilter withChild(String value) {
    return new RegisterFilter(status, owner, raisedBy, teamCode, serviceCode, source, value, dueFrom, dueTo,
        overdueOnly);
  }

  public RegisterFilter withDue(LocalDate from, LocalDate to) {
    return new RegisterFilter(status, owner, raisedBy, teamCode, serviceCode, source, childReference, from, to,
        overdueOnly);
  }

  public RegisterFilter withOverdueOnly(boolean value) {
    return new RegisterFilter(status, owner, raisedBy, teamCode, serviceCode, source, childReference, dueFrom, dueTo,
        value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
