package org.practiceassurance.concern;

import java.time.LocalDate;

/**
 * Narrows the Cases of Concern register; a null or blank field does not filter. Text matches without
 * regard to case.
 *
 * @param childReference the start of a child's reference, e.g. {@code CF-10}
 * @param person who raised the entry or the responsible manager (username)
 * @param raisedFrom raised on or after this day (UK time)
 * @param raisedTo raised on or before this day (UK time)
 */
public record ConcernFilter(ConcernStatus status, String childReference, String teamCode, String serviceCode,
    String person, LocalDate raisedFrom, LocalDate raisedTo) {

  public static final ConcernFilter NONE = new ConcernFilter(null, null, null, null, null, null, null);

  public ConcernFilter {
    childReference = blankToNull(childReference);
    teamCode = blankToNull(teamCode);
    serviceCode = blankToNull(serviceCode);
    person = blankToNull(person);
  }

  public ConcernFilter withStatus(ConcernStatus value) {
    return new ConcernFilter(value, childReference, teamCode, serviceCode, person, raisedFrom, raisedTo);
  }

  public ConcernFilter withChild(String value) {
    return new ConcernFilter(status, value, teamCode, serviceCode, person, raisedFrom, raisedTo);
  }

  public ConcernFilter withTeam(String value) {
    return new ConcernFilter(status, childReference, value, serviceCode, person, raisedFrom, raisedTo);
  }

  public ConcernFilter withService(String value) {
    return new ConcernFilter(status, childReference, teamCode, value, person, raisedFrom, raisedTo);
  }

  public ConcernFilter withPerson(String value) {
    return new ConcernFilter(status, childReference, teamCode, serviceCode, value, raisedFrom, raisedTo);
  }

  public ConcernFilter withRaised(LocalDate from, LocalDate to) {
    return new ConcernFilter(status, childReference, teamCode, serviceCode, person, from, to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
