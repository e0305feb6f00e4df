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
}
