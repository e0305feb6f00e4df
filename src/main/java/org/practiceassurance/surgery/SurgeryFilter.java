package org.practiceassurance.surgery;

import java.time.LocalDate;

/**
 * Narrows the list of surgeries; a null or blank field does not filter.
 *
 * @param scopeCode a team code or a service code: that team's surgeries, or that service's (its own and its teams')
 * @param lead the lead's username
 * @param adHoc true for ad-hoc surgeries only, false for calendar ones only
 * @param dateFrom on or after this day
 * @param dateTo on or before this day
 */
public record SurgeryFilter(SurgeryLevel level, String scopeCode, SurgeryStatus status, String lead, Boolean adHoc,
    LocalDate dateFrom, LocalDate dateTo) {

  public static final SurgeryFilter NONE = new SurgeryFilter(null, null, null, null, null, null, null);

  public SurgeryFilter {
    scopeCode = blankToNull(scopeCode);
    lead = blankToNull(lead);
  }

  public SurgeryFilter withLevel(SurgeryLevel value) {
    return new SurgeryFilter(value, scopeCode, status, lead, adHoc, dateFrom, dateTo);
  }

  public SurgeryFilter withScope(String value) {
    return new SurgeryFilter(level, value, status, lead, adHoc, dateFrom, dateTo);
  }

  public SurgeryFilter withStatus(SurgeryStatus value) {
    return new SurgeryFilter(level, scopeCode, value, lead, adHoc, dateFrom, dateTo);
  }

  public SurgeryFilter withLead(String value) {
    return new SurgeryFilter(level, scopeCode, status, value, adHoc, dateFrom, dateTo);
  }

  public SurgeryFilter withAdHoc(Boolean value) {
    return new SurgeryFilter(level, scopeCode, status, lead, value, dateFrom, dateTo);
  }

  public SurgeryFilter withDates(LocalDate from, LocalDate to) {
    return new SurgeryFilter(level, scopeCode, status, lead, adHoc, from, to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
