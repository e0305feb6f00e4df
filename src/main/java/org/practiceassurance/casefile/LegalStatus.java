package org.practiceassurance.casefile;

/** Why the child's file is open, as the case management system records it. */
public enum LegalStatus {
  /** Child in need (section 17). */
  CIN,
  /** On a child protection plan. */
  CP,
  /** In the care of the local authority (looked after). */
  CIC,
  /** A care leaver (18-25). */
  CARE_LEAVER,
  /** Early help, below the statutory threshold. */
  EARLY_HELP
}
