package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.audit.internal.AuditorRecord;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit rules through the REST API with real tokens: the wrong person gets a clear refusal
 * (problem details) and nothing changes; the second of two claimants gets 409.
 */
class AuditApiTest extends KeycloakBackedTest {

  private static final String COMPLETE = """
      {"grades":{"SUPERVISION":"GOOD","VISITING":"GOOD","ASSESSMENT":"GOOD","PLANNING":"GOOD","RECORDING":"GOOD"},
       "childVoice":"Wishes recorded and used.","diversityIdentity":"Faith and language recorded.",
       "riskActedOn":true,"overallGrade":"GOOD","actions":[]}""";

  @Autowired CaseFileAudits audits;
  @Autowired AuditLookup lookup;
  @Autowired TaskService tasks;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;
  @Autowired org.practiceassurance.audit.internal.AuditorRecordRepository auditorRecords;
  private final HttpClient http = HttpClient.newHttpClient();
  long auditId;
  String taskId;

  @BeforeEach
  void anUnassignedAudit() {
    auditId = audits.start(AuditFixtures.fileInStroudTeam(roster, caseFiles), null, LocalDate.now().plusDays(9));
    taskId = tasks.createTaskQuery().processInstanceId(lookup.byId(auditId).processInstanceId()).singleResult().getId();
  }

  private HttpResponse<String> post(String path, String user, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSecondClaimantGets409AndTheFirstKeepsTheTask() throws Exception {
    assertThat(post("/api/tasks/" + taskId + "/claim", null, null).statusCode()).isEqualTo(401);
    assertThat(post("/api/tasks/" + taskId + "/claim", "sw1", null).statusCode()).isEqualTo(403);
    assertThat(post("/api/tasks/" + taskId + "/claim", "auditor1", null).statusCode()).isEqualTo(204);

    HttpResponse<String> second = post("/api/tasks/" + taskId + "/claim", "auditor2", null);

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(second.body()).contains("claimed by auditor1");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("auditor1");
  }

  @Test
  void onlyTheAuditorHoldingTheTaskSubmitsAndAnIncompleteFormIsExplained() throws Exception {
    post("/api/tasks/" + taskId + "/claim", "auditor1", null);

    HttpResponse<String> intruder = post("/api/audits/tasks/" + taskId + "/submission", "auditor2", COMPLETE);
    assertThat(intruder.statusCode()).isEqualTo(403);
    assertThat(lookup.byId(auditId).submittedAt()).isNull();

    HttpResponse<String> incomplete = post("/api/audits/tasks/" + taskId + "/submission", "auditor1",
        "{\"grades\":{\"VISITING\":\"INADEQUATE\"}}");
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("\"errors\"").contains("evidence.VISITING").contains("grade.PLANNING");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    assertThat(post("/api/audits/tasks/" + taskId + "/submission", "auditor1", COMPLETE).statusCode()).isEqualTo(204);
    assertThat(lookup.byId(auditId).submittedAt()).isNotNull();
  }

  @Test
  void aModeratorMustHoldTheTaskAndNobodyElseMayModerate() throws Exception {
    var record = auditorRecords.findById("auditor1").orElseGet(() -> new AuditorRecord("auditor1", java.time.Instant.now()));
    record.setInDevelopment(true, java.time.Instant.now()); // every audit of an auditor in development is moderated
    auditorRecords.save(record);
    post("/api/tasks/" + taskId + "/claim", "auditor1", null);
    assertThat(post("/api/audits/tasks/" + taskId + "/submission", "auditor1", COMPLETE).statusCode()).isEqualTo(204);
    var moderationTask = tasks.createTaskQuery().processInstanceBusinessKey(lookup.byId(auditId).childReference())
        .taskDefinitionKey("moderate-audit").singleResult();
    String decision = """
        {"grades":{"SUPERVISION":"GOOD","VISITING":"GOOD","ASSESSMENT":"GOOD","PLANNING":"GOOD","RECORDING":"GOOD"},
         "finalGrade":"GOOD","quality":"GOOD","feedback":"Agreed.","returnForRework":false}""";

    assertThat(post("/api/audits/tasks/" + moderationTask.getId() + "/moderation", "auditor1", decision).statusCode())
        .as("the auditor is not a moderator").isEqualTo(403);
    assertThat(post("/api/audits/tasks/" + moderationTask.getId() + "/moderation", "moderator1", decision).statusCode())
        .as("not claimed yet").isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(moderationTask.getId()).count()).isEqualTo(1);

    assertThat(post("/api/tasks/" + moderationTask.getId() + "/claim", "moderator1", null).statusCode()).isEqualTo(204);
    assertThat(post("/api/audits/tasks/" + moderationTask.getId() + "/moderation", "moderator1", decision).statusCode())
        .isEqualTo(204);
    assertThat(lookup.byId(auditId).status()).isEqualTo(AuditStatus.CLOSED);
  }
}
