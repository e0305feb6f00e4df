package org.practiceassurance.surgery.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * The surgery calendar ({@code ${surgeryCalendar...}} in the process): when team and service
 * surgeries fall due (configurable timer cycles), and who leads each. A team surgery is led by a head
 * of service of the team's service, a service surgery by a director; a scope without such a person
 * is skipped (and logged). A surgery already scheduled for the same scope and day is not repeated.
 */
@Component("surgeryCalendar")
public class SurgeryCalendar {

  private static final Logger log = LoggerFactory.getLogger(SurgeryCalendar.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final CaseFiles caseFiles;
  private final PeopleDirectory people;
  private final SurgeryRepository surgeries;
  private final SurgeryStarter starter;
  private final String teamCycle;
  private final String serviceCycle;
  private final int noticeDays;

  SurgeryCalendar(CaseFiles caseFiles, PeopleDirectory people, SurgeryRepository surgeries, SurgeryStarter starter,
      @Value("${pa.surgery.team-cycle:R/2026-01-05T07:00:00Z/P14D}") String teamCycle,
      @Value("${pa.surgery.service-cycle:0 0 7 1 * ?}") String serviceCycle,
      @Value("${pa.surgery.notice-days:3}") int noticeDays) {
    this.caseFiles = caseFiles;
    this.people = people;
    this.surgeries = surgeries;
    this.starter = starter;
    this.teamCycle = teamCycle;
    this.serviceCycle = serviceCycle;
    this.noticeDays = noticeDays;
  }

  /** Team surgeries: an ISO 8601 repeating interval, fortnightly by default. */
  public String teamCycle() {
    return teamCycle;
  }

  /** Service surgeries: a cron expression, monthly by default. */
  public String serviceCycle() {
    return serviceCycle;
  }

  public void scheduleTeamSurgeries(DelegateExecution execution) {
    LocalDate due = LocalDate.now(UK).plusDays(noticeDays);
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
    execution.setVariable("surgeriesScheduled", started);
  }

  public void scheduleServiceSurgeries(DelegateExecution execution) {
    LocalDate due = LocalDate.now(UK).plusDays(noticeDays);
    List<String> directors = people.withRole(Roles.DIRECTOR).stream().sorted().toList();
    int started = 0;
    if (directors.isEmpty()) {
      log.warn("No service surgeries: nobody holds the director role");
    } else {
      for (OrgService service : caseFiles.services()) {
        if (!surgeries.existsByLevelAndServiceCodeAndTeamCodeIsNullAndDueDate(SurgeryLevel.SERVICE, service.code(), due)) {
          starter.start(SurgeryLevel.SERVICE, service.code(), null, directors.get(0), due, false);
          started++;
        }
      }
    }
    execution.setVariable("surgeriesScheduled", started);
  }
}
