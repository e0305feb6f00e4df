package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The case-file-audit process on the real engine and the embedded PostgreSQL. */
@SpringBootTest
class CaseFileAuditProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void anAuditIsOfferedToTheAuditorsWithItsDueDateAndEndsWhenCompleted() {
    ProcessInstance audit = runtime.startProcessInstanceByKey("case-file-audit", "CF-900001",
        Map.of("childReference", "CF-900001", "auditDueDate", "2030-03-01T17:00:00Z"));

    assertThat(audit).isStarted().isWaitingAt("complete-audit");
    assertThat(task(audit)).hasCandidateGroup("auditor").isNotAssigned()
        .hasDueDate(java.util.Date.from(java.time.Instant.parse("2030-03-01T17:00:00Z")));

    complete(task(audit));

    assertThat(audit).hasPassed("complete-audit").isEnded();
  }

  @Test
  void theServiceStartsOneInstancePerFileKeyedByTheChildReference() {
    String id = new CaseFileAudits(runtime).start("CF-900002", LocalDate.of(2030, 1, 31));

    ProcessInstance audit = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(audit.getBusinessKey()).isEqualTo("CF-900002");
    assertThat(task(audit).getDueDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDateTime())
        .isEqualTo(LocalDate.of(2030, 1, 31).atTime(17, 0));
  }
}
