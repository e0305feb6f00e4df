package org.practiceassurance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;

/** The task list over REST with real tokens: paging by cursor, filters, problems, and the task's details. */
class TaskApiTest extends KeycloakBackedTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService engineTasks;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String stroud1Task(String child, int priority) {
    String instance = TestProcesses.startTeamWork(engine, "Verify and close action", "CF-STR-1", "CF", child,
        "team-manager:CF-STR-1,head-of-service:CF", null, priority, null).getId();
    return engineTasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @Test
  void aTeamManagerPagesThroughTheirWorkByCursorUrgentFirst() throws Exception {
    String stamp = "API-" + System.nanoTime();
    List<String> ordinary = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ordinary.add(stroud1Task(stamp + "-" + i, 50));
    }
    String urgent = stroud1Task(stamp + "-U", WorkTask.URGENT_PRIORITY);
    String q = "&q=" + URLEncoder.encode(stamp, StandardCharsets.UTF_8);

    assertThat(call("GET", "/api/tasks", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> first = call("GET", "/api/tasks?size=2&sort=child" + q, "tm1", null);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode page = json.readTree(first.body());
    assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(6);
    assertThat(page.path("content").get(0).path("id").asText()).isEqualTo(urgent);
    assertThat(page.path("content").get(0).path("urgent").asBoolean()).isTrue();

    List<String> seen = new ArrayList<>();
    page.path("content").forEach(t -> seen.add(t.path("id").asText()));
    while (!page.path("next").isNull()) {
      page = json.readTree(call("GET", "/api/tasks?size=2&sort=child" + q + "&after=" + page.path("next").asText(), "tm1", null).body());
      page.path("content").forEach(t -> seen.add(t.path("id").asText()));
    }
    assertThat(seen).hasSize(6).startsWith(urgent).containsAll(ordinary);

    JsonNode counts = json.readTree(call("GET", "/api/tasks/counts", "tm1", null).body());
    assertThat(counts.path("URGENT").asLong()).isPositive();
    assertThat(json.readTree(call("GET", "/api/tasks?view=team" + q, "tm1", null).body()).path("page").path("totalElements").asLong())
        .isEqualTo(6);
    assertThat(json.readTree(call("GET", "/api/tasks?view=team" + q, "sw1", null).body()).path("page").path("totalElements").asLong())
        .as("a social worker manages nothing").isZero();
  }

  @Test
  void badParametersAreProblemsNotErrors() throws Exception {
    for (String query : List.of("view=everything", "sort=colour", "direction=up", "size=0", "size=501", "page=-1",
        "page=0&after=abc", "after=not-a-cursor")) {
      HttpResponse<String> response = call("GET", "/api/tasks?" + query, "auditor1", null);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }
  }

  @Test
  void commentsHistoryFollowUpAndHandOverOverRest() throws Exception {
    String task = stroud1Task("API-D-" + System.nanoTime(), 50);

    assertThat(call("POST", "/api/tasks/" + task + "/comments", "tm1", "{\"text\":\"Seen the plan.\"}").statusCode()).isEqualTo(204);
    assertThat(call("POST", "/api/tasks/" + task + "/comments", "tm1", "{\"text\":\"\"}").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/api/tasks/" + task + "/comments", "auditor1", "{\"text\":\"Hello\"}").statusCode()).isEqualTo(403);
    JsonNode comments = json.readTree(call("GET", "/api/tasks/" + task + "/comments", "hos1", null).body());
    assertThat(comments).singleElement().satisfies(c -> {
      assertThat(c.path("author").asText()).isEqualTo("tm1");
      assertThat(c.path("text").asText()).isEqualTo("Seen the plan.");
    });

    assertThat(call("POST", "/api/tasks/" + task + "/claim", "tm1", null).statusCode()).isEqualTo(204);
    String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
    assertThat(call("PUT", "/api/tasks/" + task + "/follow-up", "tm1", "{\"date\":\"2020-01-01\"}").statusCode()).isEqualTo(400);
    assertThat(call("PUT", "/api/tasks/" + task + "/follow-up", "tm1", "{\"date\":\"" + tomorrow + "\"}").statusCode()).isEqualTo(204);
    assertThat(engineTasks.createTaskQuery().taskId(task).singleResult().getFollowUpDate()).isNotNull();

    assertThat(call("POST", "/api/tasks/" + task + "/hand-over", "sw1", "{\"to\":\"hos1\"}").statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/tasks/" + task + "/hand-over", "tm1", "{\"to\":\"sw1\"}").statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/tasks/" + task + "/hand-over", "tm1", "{\"to\":\"hos1\",\"reason\":\"Leave\"}").statusCode())
        .isEqualTo(204);
    assertThat(engineTasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("hos1");

    JsonNode history = json.readTree(call("GET", "/api/tasks/" + task + "/history", "hos1", null).body());
    List<String> kinds = new ArrayList<>();
    history.forEach(e -> kinds.add(e.path("kind").asText()));
    assertThat(kinds).containsExactly("CREATED", "CLAIMED", "HANDED_OVER");
  }
}
