package org.practiceassurance.surgery.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The surgery calendars (configuration only: the process's timer reads {@link #tick()} while the engine
 * starts, so this bean must not need the engine; {@link SurgeryScheduler} acts on it). The surgery calendars ({@code ${surgeryCalendar...}} in the process). Each morning's tick applies
 * them: team surgeries every {@code pa.surgery.team-every-days} days (14) counted from
 * {@code pa.surgery.team-anchor} (a Monday), one per team, led by a head of service of the team's
 * service; service surgeries on day {@code pa.surgery.service-day-of-month} (1), one per service, led
 * by a director. Each falls due {@code pa.surgery.notice-days} (3) later.
 */
@Component("surgeryCalendar")
public class SurgeryCalendar {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final String tick;
  private final LocalDate teamAnchor;
  private final int teamEveryDays;
  private final int serviceDayOfMonth;
  private final int noticeDays;

  /** How many days after the tick the meeting is. */
  public int noticeDays() {
    return noticeDays;
  }

  SurgeryCalendar(@Value("${pa.surgery.tick:0 0 7 * * ?}") String tick,
      @Value("${pa.surgery.team-anchor:2026-01-05}") LocalDate teamAnchor,
      @Value("${pa.surgery.team-every-days:14}") int teamEveryDays,
      @Value("${pa.surgery.service-day-of-month:1}") int serviceDayOfMonth,
      @Value("${pa.surgery.notice-days:3}") int noticeDays) {
    this.tick = tick;
    this.teamAnchor = teamAnchor;
    this.teamEveryDays = teamEveryDays;
    this.serviceDayOfMonth = serviceDayOfMonth;
    this.noticeDays = noticeDays;
  }

  /** When the calendars are looked at: a cron expression, each morning by default. */
  public String tick() {
    return tick;
  }

  public boolean teamSurgeriesFallDue(LocalDate day) {
    long days = ChronoUnit.DAYS.between(teamAnchor, day);
    return days >= 0 && days % teamEveryDays == 0;
  }

  public boolean serviceSurgeriesFallDue(LocalDate day) {
    return day.getDayOfMonth() == Math.min(serviceDayOfMonth, day.lengthOfMonth());
  }
}
