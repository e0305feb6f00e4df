package org.practiceassurance.audit;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Dev default only: a few audits of files in tm1's team waiting for the auditors, so the task list is not empty. */
@Component
@ConditionalOnProperty(name = "pa.demo-data.enabled", havingValue = "true")
class DemoAudits {

  static final String DEMO_TEAM = "CF-STR-1";
  private static final Logger log = LoggerFactory.getLogger(DemoAudits.class);
  private final CaseFileAudits audits;
  private final CaseFiles caseFiles;
  private final RuntimeService runtime;

  DemoAudits(CaseFileAudits audits, CaseFiles caseFiles, RuntimeService runtime) {
    this.audits = audits;
    this.caseFiles = caseFiles;
    this.runtime = runtime;
  }

  /** After the demo county is loaded (lower order runs first). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(100)
  void seed() {
    if (runtime.createProcessInstanceQuery().processDefinitionKey(CaseFileAudits.PROCESS_KEY).count() > 0) {
      return;
    }
    var files = caseFiles.openFiles(DEMO_TEAM).stream().limit(3).toList();
    LocalDate today = LocalDate.now(CaseFileAudits.UK);
    int i = 0;
    for (CaseFile file : files) {
      audits.start(file, null, today.plusDays(7 + 7L * i++));
    }
    log.info("Started {} demo case-file audits of team {} for the auditors", files.size(), DEMO_TEAM);
  }
}
