package org.practiceassurance.action.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The moments the action process waits for, as ISO-8601 offset date-times (what the BPMN timers
 * and task due dates read): due at 17:00 Europe/London on the due date; the reminder at 09:00
 * three days before, or at once when that has already passed.
 */
public final class ActionDates {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  static final LocalTime DUE_AT = LocalTime.of(17, 0);
  static final LocalTime REMIND_AT = LocalTime.of(9, 0);
  static final int REMIND_DAYS_BEFORE = 3;

  private ActionDates() {}

  public static LocalDate today() {
    return LocalDate.now(UK);
  }

  public static String due(LocalDate dueDate) {
    return format(dueDate.atTime(DUE_AT).atZone(UK));
  }

  public static String reminder(LocalDate dueDate, Instant now) {
    ZonedDateTime reminder = dueDate.minusDays(REMIND_DAYS_BEFORE).atTime(REMIND_AT).atZone(UK);
    ZonedDateTime soonest = now.truncatedTo(ChronoUnit.SECONDS).atZone(UK);
    return format(reminder.isBefore(soonest) ? soonest : reminder);
  }

  private static String format(ZonedDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.toOffsetDateTime());
  }
}
