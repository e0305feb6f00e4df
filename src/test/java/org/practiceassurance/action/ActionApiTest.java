package org.practiceassurance.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the REST API with real tokens: the register paged within the caller's scope; nobody verifies
 * their own action; nothing changes when refused.
 */
class ActionApiTest extends KeycloakBackedTest {

  @Autowired Actions actions;
  @Autowired TaskService tasks;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private HttpResponse<String> post(String path, String user, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app() + path))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestKeycloak.accessToken(user))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private String task(String actionId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(actionId).taskDefinitionKey(key).singleResult().getId();
  }

  @Test
  void theRegisterIsPagedOverRestWithinTheCallersScope() throws Exception {
    TestUsers.auditor1();
    String stamp = String.valueOf(System.nanoTime());
    String child = "AR-" + stamp.substring(stamp.length() - 8);
    String teams = actions.raise(new ActionRequest("AUDIT", "APIREG-" + stamp, child, "Update the plan", "tm1",
        "auditor1", "CF", "CF-STR-1", LocalDate.now().plusDays(5), Priority.HIGH));
    String elsewhere = actions.raise(new ActionRequest("AUDIT", "APIREG-" + stamp, child + "9", "Strategy meeting",
        "sw8", "auditor1", "RA", "RA-GLO-1", LocalDate.now().plusDays(5), Priority.HIGH));
    TestUsers.signOut();

    assertThat(get("/api/actions", null).statusCode()).isEqualTo(401);
    HttpResponse<String> mine = get("/api/actions?child=" + child.toLowerCase() + "&size=1000&sort=dueDate,desc", "tm1");
    assertThat(mine.statusCode()).isEqualTo(200);
    JsonNode page = json.readTree(mine.body());
    assertThat(page.get("content")).extracting(a -> a.get("id").asText()).containsExactly(teams);
    assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(1);
    assertThat(page.get("page").get("size").asInt()).as("at most 500 a page").isEqualTo(500);
    assertThat(page.get("content").get(0).get("childReference").asText()).isEqualTo(child);

    JsonNode county = json.readTree(get("/api/actions?child=" + child + "&size=1&page=1", "qm1").body());
    assertThat(county.get("page").get("totalElements").asLong()).isEqualTo(2);
    assertThat(county.get("page").get("totalPages").asLong()).isEqualTo(2);
    assertThat(county.get("content")).extracting(a -> a.get("id").asText()).containsExactly(elsewhere);

    HttpResponse<String> badSort = get("/api/actions?sort=processInstanceId", "tm1");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(badSort.body()).contains("processInstanceId").contains("\"sort\"");
    assertThat(get("/api/actions?dueFrom=2026-12-10&dueTo=2026-12-01", "tm1").statusCode()).isEqualTo(400);
    assertThat(get("/api/actions?dueFrom=tomorrow", "tm1").statusCode()).isEqualTo(400);
    assertThat(get("/api/actions?status=FINISHED", "tm1").statusCode()).isEqualTo(400);
  }

  @Test
  void theOwnerCannotCloseTheirOwnActionButTheirTeamManagerCan() throws Exception {
    TestUsers.auditor1();
    String source = "API-" + System.nanoTime();
    String actionId = actions.raise(new ActionRequest("AUDIT", source, null,
        "Record the child's wishes before the review", "tm1", "auditor1", "CF", "CF-STR-1",
        LocalDate.now().plusDays(10), Priority.HIGH));
    TestUsers.signOut();

    assertThat(post("/api/actions/tasks/" + task(actionId, "carry-out-action") + "/done", "sw1",
        "{\"note\":\"done\"}").statusCode()).as("not the owner").isEqualTo(403);
    assertThat(post("/api/actions/tasks/" + task(actionId, "carry-out-action") + "/done", "tm1",
        "{\"note\":\"Wishes recorded in the review minutes.\"}").statusCode()).isEqualTo(204);

    String verify = task(actionId, "verify-action");
    HttpResponse<String> own = post("/api/actions/tasks/" + verify + "/close", "tm1", "{\"comment\":\"fine\"}");
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(own.body()).contains("someone other than you");
    assertThat(actions.allClosed("AUDIT", source)).isFalse();

    assertThat(post("/api/tasks/" + verify + "/claim", "hos1", "").statusCode()).isEqualTo(204);
    HttpResponse<String> badReopen = post("/api/actions/tasks/" + verify + "/reopen", "hos1", "{\"reason\":\"\"}");
    assertThat(badReopen.statusCode()).isEqualTo(400);
    assertThat(badReopen.body()).contains("\"errors\"");

    assertThat(post("/api/actions/tasks/" + verify + "/close", "hos1", "{\"comment\":\"Minutes seen.\"}").statusCode())
        .isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(actionId).count()).isZero();
    assertThat(actions.allClosed("AUDIT", source)).isTrue();
  }
}
