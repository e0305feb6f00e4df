package org.practiceassurance.action;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Through the REST API with real tokens: nobody verifies their own action; nothing changes when refused. */
class ActionApiTest extends KeycloakBackedTest {

  @Autowired Actions actions;
  @Autowired TaskService tasks;
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private HttpResponse<String> post(String path, String user, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app() + path))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestKeycloak.accessToken(user))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String task(String actionId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(actionId).taskDefinitionKey(key).singleResult().getId();
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
