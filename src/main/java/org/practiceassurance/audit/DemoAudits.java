package org.practiceassurance.audit;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Dev default only: a few audits waiting for the auditors on a fresh database, so the task list is not empty. */
@Component
@ConditionalOnProperty(name = "pa.demo-data.enabled", havingValue = "true")
class DemoAudits {

  private static final Logger log = LoggerFactory.getLogger(DemoAudits.class);
  private final CaseFileAudits audits;
  private final RuntimeService runtime;

  DemoAudits(CaseFileAudits audits, RuntimeService runtime) {
    this.audits = audits;
    this.runtime = runtime;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    if (runtime.createProcessInstanceQuery().processDefinitionKey(CaseFileAudits.PROCESS_KEY).count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(CaseFileAudits.UK);
    audits.start("CF-104233", today.plusDays(10));
    audits.start("CF-104871", today.plusDays(14));
    audits.start("RA-220914", today);
    log.info("Started 3 demo case-file audits for the auditors");
  }
}
