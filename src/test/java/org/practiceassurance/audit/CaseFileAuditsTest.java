package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class CaseFileAuditsTest {

  @Autowired CaseFileAudits audits;
  @Autowired RuntimeService runtime;
  @Autowired org.practiceassurance.casefile.RosterImport roster;
  @Autowired org.practiceassurance.casefile.CaseFiles caseFiles;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired org.practiceassurance.workflow.TaskListService taskList;
  @Autowired org.practiceassurance.audit.internal.AuditLookup lookup;
  @Autowired Audits auditList;

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  @Test
  void onlyAQualityManagerStartsAudits() {
    String reference = AuditFixtures.fileInStroudTeam(roster, caseFiles).childReference();
    TestUsers.auditor1();

    assertThatThrownBy(() -> audits.startAudit(reference, LocalDate.now().plusDays(3)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();

    TestUsers.qm1();
    audits.startAudit(" " + reference + " ", LocalDate.now().plusDays(3));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
  }

  @Test
  void aFileThatIsNotInTheRosterCannotBeAudited() {
    TestUsers.qm1();

    assertThatThrownBy(() -> audits.startAudit("ZZ-404404", LocalDate.now().plusDays(3)))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> {
          assertThat(e.field()).isEqualTo("childReference");
          assertThat(e.getMessage()).contains("no open case file ZZ-404404");
        });
  }

  @Test
  void badInputIsRefusedWithTheFieldAtFault() {
    TestUsers.qm1();

    assertThatThrownBy(() -> audits.startAudit("not a ref!", LocalDate.now().plusDays(3)))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> assertThat(e.field()).isEqualTo("childReference"));
    String reference = AuditFixtures.fileInStroudTeam(roster, caseFiles).childReference();
    assertThatThrownBy(() -> audits.startAudit(reference, LocalDate.now().minusDays(1)))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
  }

  @Test
  void aSecondAuditOfAChildWithAnOpenAuditIsRefusedNamingTheOpenOne() {
    var file = AuditFixtures.fileInStroudTeam(roster, caseFiles);
    TestUsers.qm1();
    long first = audits.startAudit(file.childReference(), LocalDate.now().plusDays(3));

    assertThatThrownBy(() -> audits.startAudit(file.childReference().toLowerCase(), LocalDate.now().plusDays(9)))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> {
          assertThat(e.field()).isEqualTo("childReference");
          assertThat(e.getMessage()).contains(file.childReference() + " already has an open audit: audit " + first)
              .contains("waiting for an auditor");
        });
    assertThatThrownBy(() -> audits.start(file, "auditor1", LocalDate.now().plusDays(9)))
        .as("the programme's way in too").isInstanceOf(CaseFileAudits.InvalidAuditRequest.class);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(file.childReference()).count()).isEqualTo(1);
  }

  @Test
  void anAuditRecordsWhoHoldsItFromTheMomentItIsClaimedOrGiven() {
    var offered = AuditFixtures.fileInStroudTeam(roster, caseFiles);
    long auditId = audits.start(offered, null, LocalDate.now().plusDays(5));
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.UNASSIGNED);
    assertThat(lookup.byId(auditId).auditor()).isNull();
    String taskId = tasks.createTaskQuery().processInstanceId(lookup.byId(auditId).processInstanceId()).singleResult().getId();

    TestUsers.auditor1();
    taskList.claim(taskId); // claimed, not opened yet
    assertThat(lookup.byId(auditId).auditor()).isEqualTo("auditor1");
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.ASSIGNED);
    TestUsers.qm1();
    assertThat(auditList.list(new AuditFilter(offered.childReference(), null, null, null, null, null, null, null),
        org.springframework.data.domain.PageRequest.of(0, 5)).getContent()).singleElement().satisfies(row -> {
          assertThat(row.auditor()).isEqualTo("auditor1");
          assertThat(row.status()).isEqualTo(AuditStatus.ASSIGNED);
        });

    TestUsers.auditor1();
    taskList.unclaim(taskId);
    assertThat(lookup.byId(auditId).auditor()).isNull();
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.UNASSIGNED);

    long given = audits.start(AuditFixtures.fileInStroudTeam(roster, caseFiles), "auditor2", LocalDate.now().plusDays(5));
    assertThat(lookup.byId(given).auditor()).isEqualTo("auditor2");
    assertThat(lookup.byId(given).status()).isEqualTo(AuditStatus.ASSIGNED);
    TestUsers.qm1();
    assertThat(auditList.record(auditId).orElseThrow().history()).extracting(AuditRecord.Event::what)
        .containsSubsequence("Audit started, due " + LocalDate.now().plusDays(5), "Assigned to auditor1",
            "Handed back by auditor1");
  }
}
