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
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
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

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theAuditsListIsAPageWithinTheCallersScopeAndAnUnknownSortIsA400() throws Exception {
    String child = lookup.byId(auditId).childReference();
    long teamAudits = jdbc.queryForObject("select count(*) from pa.audit where team_code = 'CF-STR-1' or auditor = 'tm1'",
        Long.class);

    HttpResponse<String> page = get("/api/audits?size=3&sort=dueDate,asc", "tm1");
    assertThat(page.statusCode()).isEqualTo(200);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.body());
    assertThat(json.get("page").get("size").asInt()).isEqualTo(3);
    assertThat(json.get("page").get("totalElements").asLong()).isEqualTo(teamAudits);
    assertThat(json.get("content")).hasSize((int) Math.min(3, teamAudits));
    json.get("content").forEach(row -> assertThat(row.get("teamCode").asText()).isEqualTo("CF-STR-1"));

    assertThat(get("/api/audits?child=" + child.toLowerCase(), "tm1").body()).contains("\"childReference\":\"" + child + "\"")
        .contains("\"status\":\"UNASSIGNED\"").contains("\"totalElements\":1");
    assertThat(get("/api/audits?child=" + child, "hos2").body()).as("another service's audit")
        .contains("\"totalElements\":0");
    assertThat(get("/api/audits?child=" + child, "auditor1").body()).as("an auditor sees the audits they hold")
        .contains("\"totalElements\":0");
    post("/api/tasks/" + taskId + "/claim", "auditor1", null);
    assertThat(get("/api/audits?child=" + child + "&status=ASSIGNED&auditor=auditor1", "auditor1").body())
        .contains("\"totalElements\":1");

    HttpResponse<String> badSort = get("/api/audits?sort=moderationReason", "tm1");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(badSort.body()).contains("cannot be sorted by").contains("\"field\":\"sort\"");
    assertThat(get("/api/audits?status=LOST", "tm1").statusCode()).isEqualTo(400);
    assertThat(get("/api/audits?from=2026-02-30", "tm1").statusCode()).isEqualTo(400);
    assertThat(get("/api/audits", null).statusCode()).isEqualTo(401);
  }

  @Test
  void anAuditsPageIsReadWithinTheCallersScopeAnd404AlikeOtherwise() throws Exception {
    HttpResponse<String> own = get("/api/audits/" + auditId, "tm1");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("\"id\":" + auditId).contains("\"teamCode\":\"CF-STR-1\"")
        .contains("\"areas\":{").contains("\"history\":[").contains("Audit started");

    HttpResponse<String> otherService = get("/api/audits/" + auditId, "hos2");
    HttpResponse<String> missing = get("/api/audits/" + (auditId + 1_000_000), "hos2");
    assertThat(otherService.statusCode()).isEqualTo(404);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(otherService.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(otherService.body().replace(String.valueOf(auditId), "N"))
        .as("nothing tells an audit outside the caller's scope from one that does not exist")
        .isEqualTo(missing.body().replace(String.valueOf(auditId + 1_000_000), "N"));
    assertThat(get("/api/audits/" + auditId, "director1").statusCode()).isEqualTo(200);
    assertThat(get("/api/audits/" + auditId, "moderator1").statusCode()).isEqualTo(200);
    assertThat(get("/api/audits/" + auditId, null).statusCode()).isEqualTo(401);
  }
}
