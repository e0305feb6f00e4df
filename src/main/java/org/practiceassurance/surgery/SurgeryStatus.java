package org.practiceassurance.surgery;

public enum SurgeryStatus {
  /** Due; the lead prepares it. */
  SCHEDULED,
  /** Prepared (attendees known); the meeting is next. */
  PREPARED,
  /** Held; its actions run on in the action process. */
  HELD
}
