package org.practiceassurance.surgery;

import java.time.LocalDate;

/** A surgery as lists show it; {@code teamCode} is null for a service-level surgery. */
public record SurgerySummary(long id, SurgeryLevel level, String serviceCode, String teamCode, String lead,
    LocalDate dueDate, boolean adHoc, SurgeryStatus status) {

  /** "Team CF-STR-1" or "Service CF". */
  public String scope() {
    return level == SurgeryLevel.TEAM ? "Team " + teamCode : "Service " + serviceCode;
  }
}
