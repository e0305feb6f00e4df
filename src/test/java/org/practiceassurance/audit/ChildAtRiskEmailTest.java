package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** A child flagged at risk: the team manager and the head of service are emailed (real SMTP, addresses from Keycloak). */
class ChildAtRiskEmailTest extends KeycloakBackedTest {

  @Autowired CaseFileAudits audits;
  @Autowired AuditWork work;
  @Autowired AuditLookup lookup;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired GreenMail smtp;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  @Test
  void theTeamManagerAndTheHeadOfServiceAreEmailedWithoutHoldingUpTheRegister() throws Exception {
    long auditId = audits.start(AuditFixtures.fileInStroudTeam(roster, caseFiles), "auditor1", LocalDate.now().plusDays(9));
    String processId = lookup.byId(auditId).processInstanceId();
    TestUsers.auditor1();
    work.saveDraft(tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey("complete-audit")
        .singleResult().getId(), new AuditForm());
    smtp.purgeEmailFromAllMailboxes();

    work.flagChildAtRisk(auditId, "Parent's partner with a record of violence has moved in.");

    assertThat(tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey("acknowledge-concern").count())
        .as("the urgent task exists before any email is sent").isEqualTo(1);
    var job = management.createJobQuery().processInstanceId(processId).activityId("email-managers").singleResult();
    management.executeJob(job.getId());

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ChildAtRiskEmailTest::to))
        .containsExactlyInAnyOrder("tm1@example.org", "hos1@example.org");
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("URGENT").contains(lookup.byId(auditId).childReference());
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
