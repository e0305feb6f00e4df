package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.audit.internal.AuditorRecord;
import org.practiceassurance.audit.internal.AuditorRecordRepository;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quality manager hands an audit to another auditor (people as the real Keycloak knows them): the
 * new holder is the audit's auditor, on the record and in the process; never someone who manages the
 * child's team.
 */
class AuditHandOverTest extends KeycloakBackedTest {

  @Autowired CaseFileAudits audits;
  @Autowired AuditLookup lookup;
  @Autowired AuditorRecordRepository auditorRecords;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;
  @Autowired TaskListService taskList;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @BeforeEach
  void auditors() {
    auditorRecords.findById("auditor1").orElseGet(() -> auditorRecords.save(new AuditorRecord("auditor1", Instant.now())));
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private long auditOf(CaseFile file) {
    return audits.start(file, "auditor1", LocalDate.now().plusDays(5));
  }

  private String taskOf(long auditId) {
    return tasks.createTaskQuery().processInstanceId(lookup.byId(auditId).processInstanceId()).singleResult().getId();
  }

  @Test
  void theAuditHandedOverHasANewAuditorOnTheRecordAndInTheProcess() {
    long auditId = auditOf(AuditFixtures.fileInStroudTeam(roster, caseFiles));
    String task = taskOf(auditId);
    TestUsers.qm1();

    taskList.handOver(task, "auditor2", "auditor1 is on leave");

    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("auditor2");
    assertThat(lookup.byId(auditId).auditor()).isEqualTo("auditor2");
    assertThat(runtime.getVariable(lookup.byId(auditId).processInstanceId(), "auditor")).isEqualTo("auditor2");
  }

  @Test
  void anAuditIsNeverHandedToSomeoneWhoManagesTheChildsTeam() {
    long auditId = auditOf(AuditFixtures.fileInAuditor2sTeam(roster, caseFiles));
    String task = taskOf(auditId);
    TestUsers.qm1();

    assertThatThrownBy(() -> taskList.handOver(task, "auditor2", null))
        .isInstanceOf(TaskAccessDeniedException.class).hasMessageContaining("auditor2 manages team RA-GLO-1");

    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("auditor1");
    assertThat(lookup.byId(auditId).auditor()).isEqualTo("auditor1");
    assertThat(runtime.getVariable(lookup.byId(auditId).processInstanceId(), "auditor")).isEqualTo("auditor1");
  }
}
