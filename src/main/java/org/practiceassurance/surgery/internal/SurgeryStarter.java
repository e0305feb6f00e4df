package org.practiceassurance.surgery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.surgery.SurgeryLevel;
import org.springframework.stereotype.Component;

/** Stores a surgery and starts its {@code performance-surgery} instance by message (business key {@code SG-<id>}). */
@Component
public class SurgeryStarter {

  public static final String PROCESS_KEY = "performance-surgery";
  /** The message start event of each surgery (the process's one timer start event is the calendar's). */
  public static final String SCHEDULED_MESSAGE = "SurgeryScheduled";
  static final ZoneId UK = ZoneId.of("Europe/London");

  private final SurgeryRepository surgeries;
  private final RuntimeService runtime;
  private final Clock clock = Clock.systemUTC();

  SurgeryStarter(SurgeryRepository surgeries, RuntimeService runtime) {
    this.surgeries = surgeries;
    this.runtime = runtime;
  }

  public Surgery start(SurgeryLevel level, String serviceCode, String teamCode, String lead, LocalDate dueDate,
      boolean adHoc) {
    Surgery surgery = surgeries.saveAndFlush(new Surgery(level, serviceCode, teamCode, lead, dueDate, adHoc, clock.instant()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("surgeryId", surgery.id());
    variables.put("lead", lead);
    variables.put("serviceCode", serviceCode);
    if (teamCode != null) {
      variables.put("teamCode", teamCode);
    }
    variables.put("dueDate", Date.from(dueDate.atTime(9, 0).atZone(UK).toInstant()));
    runtime.createMessageCorrelation(SCHEDULED_MESSAGE).processInstanceBusinessKey(businessKey(surgery.id()))
        .setVariables(variables).correlateStartMessage();
    return surgery;
  }

  public static String businessKey(long surgeryId) {
    return "SG-" + surgeryId;
  }

  public java.time.Instant now() {
    return clock.instant();
  }
}
