package org.practiceassurance.surgery.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.OrgService;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;
import org.practiceassurance.surgery.SurgeryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The surgery calendars ({@code ${surgeryCalendar...}} in the process). Each morning's tick applies
 * them: team surgeries every {@code pa.surgery.team-every-days} days (14) counted from
 * {@code pa.surgery.team-anchor} (a Monday), one per team, led by a head of service of the team's
 * service; service surgeries on day {@code pa.surgery.service-day-of-month} (1), one per service, led
 * by a director. Each falls due {@code pa.surgery.notice-days} (3) later. A scope without such a
 * person is skipped (and logged); a surgery already scheduled for the same scope and day is not
 * repeated. "Today" is the engine's clock, so tests can move it.
 */
@Component("surgeryCalendar")
public class SurgeryCalendar {

  private static final Logger log = LoggerFactory.getLogger(SurgeryCalendar.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final CaseFiles caseFiles;
  private final PeopleDirectory people;
  private final SurgeryRepository surgeries;
  private final SurgeryStarter starter;
  private final String tick;
  private final LocalDate teamAnchor;
  private final int teamEveryDays;
  private final int serviceDayOfMonth;
  private final int noticeDays;

  SurgeryCalendar(CaseFiles caseFiles, PeopleDirectory people, SurgeryRepository surgeries, SurgeryStarter starter,
      @Value("${pa.surgery.tick:0 0 7 * * ?}") String tick,
      @Value("${pa.surgery.team-anchor:2026-01-05}") LocalDate teamAnchor,
      @Value("${pa.surgery.team-every-days:14}") int teamEveryDays,
      @Value("${pa.surgery.service-day-of-month:1}") int serviceDayOfMonth,
      @Value("${pa.surgery.notice-days:3}") int noticeDays) {
    this.caseFiles = caseFiles;
    this.people = people;
    this.surgeries = surgeries;
    this.starter = starter;
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

  /** The tick: schedules whatever the calendars say falls due today; sets {@code surgeriesScheduled}. */
  public void scheduleDueSurgeries(DelegateExecution execution) {
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(UK).toLocalDate();
    LocalDate due = today.plusDays(noticeDays);
    int started = 0;
    if (teamSurgeriesFallDue(today)) {
      started += scheduleTeamSurgeries(due);
    }
    if (serviceSurgeriesFallDue(today)) {
      started += scheduleServiceSurgeries(due);
    }
    execution.setVariable("surgeriesScheduled", started);
  }

  private int scheduleTeamSurgeries(LocalDate due) {
    int started = 0;
    for (Team team : caseFiles.teams()) {
      List<String> heads = people.headsOfService(team.serviceCode()).stream().sorted().toList();
      if (heads.isEmpty()) {
        log.info("No team surgery for {}: service {} has no head of service", team.code(), team.serviceCode());
      } else if (!surgeries.existsByLevelAndServiceCodeAndTeamCodeAndDueDate(SurgeryLevel.TEAM, team.serviceCode(),
          team.code(), due)) {
        starter.start(SurgeryLevel.TEAM, team.serviceCode(), team.code(), heads.get(0), due, false);
        started++;
      }
    }
    return started;
  }

  private int scheduleServiceSurgeries(LocalDate due) {
    List<String> directors = people.withRole(Roles.DIRECTOR).stream().sorted().toList();
    if (directors.isEmpty()) {
      log.warn("No service surgeries: nobody holds the director role");
      return 0;
    }
    int started = 0;
    for (OrgService service : caseFiles.services()) {
      if (!surgeries.existsByLevelAndServiceCodeAndTeamCodeIsNullAndDueDate(SurgeryLevel.SERVICE, service.code(), due)) {
        starter.start(SurgeryLevel.SERVICE, service.code(), null, directors.get(0), due, false);
        started++;
      }
    }
    return started;
  }
}
