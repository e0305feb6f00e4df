package org.practiceassurance.surgery.internal;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.stereotype.Component;

/**
 * The morning tick ({@code ${surgeryScheduler.scheduleDueSurgeries(execution)}}): schedules whatever the
 * {@link SurgeryCalendar} says falls due today. A scope without a head of service (team) or with no
 * director anywhere (service) is skipped and logged; a surgery already scheduled for the same scope
 * and day is not repeated. "Today" is the engine's clock, so tests can move it.
 */
@Component("surgeryScheduler")
public class SurgeryScheduler {

  private static final Logger log = LoggerFactory.getLogger(SurgeryScheduler.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final SurgeryCalendar calendar;
  private final CaseFiles caseFiles;
  private final PeopleDirectory people;
  private final SurgeryRepository surgeries;
  private final SurgeryStarter starter;

  SurgeryScheduler(SurgeryCalendar calendar, CaseFiles caseFiles, PeopleDirectory people, SurgeryRepository surgeries,
      SurgeryStarter starter) {
    this.calendar = calendar;
    this.caseFiles = caseFiles;
    this.people = people;
    this.surgeries = surgeries;
    this.starter = starter;
  }

  /** Sets {@code surgeriesScheduled}. */
  public void scheduleDueSurgeries(DelegateExecution execution) {
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(UK).toLocalDate();
    LocalDate due = today.plusDays(calendar.noticeDays());
    int started = 0;
    if (calendar.teamSurgeriesFallDue(today)) {
      started += scheduleTeamSurgeries(due);
    }
    if (calendar.serviceSurgeriesFallDue(today)) {
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
