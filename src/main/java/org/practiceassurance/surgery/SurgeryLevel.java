package org.practiceassurance.surgery;

/** Whose performance a surgery interrogates. */
public enum SurgeryLevel {
  /** One service, monthly, led by a director. */
  SERVICE,
  /** One team, fortnightly, led by the service's head of service. */
  TEAM
}
