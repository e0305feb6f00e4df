package org.practiceassurance.surgery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Surgeries over REST with real tokens: calling an ad-hoc surgery (a second one for the same team and
 * day is a 400 problem naming the date, and nothing is stored), the list paged within the caller's
 * scope, and the accountable actions.
 */
class SurgeryApiTest extends KeycloakBackedTest {

  @Autowired RosterImport roster;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void tidy() {
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(app() + path)).GET();
  }

  private HttpRequest.Builder post(String body) {
    return HttpRequest.newBuilder(URI.create(app() + "/api/surgeries")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  @Test
  void anAdHocSurgeryIsCalledOnceAndTheSecondForTheSameDayIsAProblem() throws Exception {
    SurgeryFixtures county = new SurgeryFixtures(roster);
    LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(4);
    String body = "{\"level\":\"TEAM\",\"scope\":\"" + county.team + "\",\"date\":\"" + day + "\"}";

    HttpResponse<String> called = send(post(body), "hos1");
    assertThat(called.statusCode()).isEqualTo(201);
    JsonNode surgery = json.readTree(called.body());
    assertThat(surgery.get("teamCode").asText()).isEqualTo(county.team);
    assertThat(surgery.get("lead").asText()).isEqualTo("hos1");
    assertThat(called.headers().firstValue("Location")).hasValue("/api/surgeries/" + surgery.get("id").asLong());

    HttpResponse<String> again = send(post(body), "hos1");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(again.body()).get("errors").get("dueDate").asText())
        .startsWith("Team " + county.team + " already has a surgery on");
    assertThat(jdbc.queryForObject("select count(*) from pa.surgery where team_code = ?", Integer.class, county.team))
        .isEqualTo(1);
    assertThat(send(post(body), "hos2").statusCode()).as("not their service").isEqualTo(403);

    JsonNode list = json.readTree(send(get("/api/surgeries?scope=" + county.team + "&size=10"), "hos1").body());
    assertThat(list.get("content")).extracting(s -> s.get("id").asLong()).containsExactly(surgery.get("id").asLong());
    assertThat(list.get("page").get("totalElements").asLong()).isEqualTo(1);
    assertThat(json.readTree(send(get("/api/surgeries?scope=" + county.team), "hos2").body()).get("page")
        .get("totalElements").asLong()).as("another service's head").isZero();
    assertThat(send(get("/api/surgeries?sort=attendees"), "hos1").statusCode()).isEqualTo(400);

    HttpResponse<String> accountable = send(get("/api/surgeries/accountable-actions?status=OPEN&sort=dueDate"), "hos1");
    assertThat(accountable.statusCode()).isEqualTo(200);
    assertThat(json.readTree(accountable.body()).get("page").has("totalElements")).isTrue();
    assertThat(send(get("/api/surgeries/accountable-actions?sort=nonsense"), "hos1").statusCode()).isEqualTo(400);
  }
}
