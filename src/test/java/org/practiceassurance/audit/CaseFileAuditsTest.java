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

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  @Test
  void onlyAQualityManagerStartsAudits() {
    TestUsers.auditor1();
    long before = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CF-555001").count();

    assertThatThrownBy(() -> audits.startAudit("CF-555001", LocalDate.now().plusDays(3)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CF-555001").count()).isEqualTo(before);

    TestUsers.qm1();
    audits.startAudit(" CF-555001 ", LocalDate.now().plusDays(3));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CF-555001").count()).isEqualTo(before + 1);
  }

  @Test
  void badInputIsRefusedWithTheFieldAtFault() {
    TestUsers.qm1();

    assertThatThrownBy(() -> audits.startAudit("not a ref!", LocalDate.now().plusDays(3)))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> assertThat(e.field()).isEqualTo("childReference"));
    assertThatThrownBy(() -> audits.startAudit("CF-555002", LocalDate.now().minusDays(1)))
        .isInstanceOfSatisfying(CaseFileAudits.InvalidAuditRequest.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CF-555002").count()).isZero();
  }
}
