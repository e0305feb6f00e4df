package org.practiceassurance.audit.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly programme is drafted ({@code ${auditProgrammeSchedule.cron()}} in
 * audit-programme.bpmn). A bean with no dependencies: the engine evaluates it while it deploys,
 * before the rest of the application exists.
 */
@Component("auditProgrammeSchedule")
public class ProgrammeSchedule {

  private final String cron;

  ProgrammeSchedule(@Value("${pa.audit.programme.cron:0 0 6 1 * ?}") String cron) {
    this.cron = cron;
  }

  /** Quartz-style cron; default 06:00 on the 1st of each month. */
  public String cron() {
    return cron;
  }
}
