package org.practiceassurance.concern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/concerns} with real tokens: paged the Spring Data way, within the caller's scope. */
class ConcernApiTest extends KeycloakBackedTest {

  @Autowired ConcernRegister register;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theRegisterIsPagedWithinTheCallersScopeAndABadSortIsAProblem() throws Exception {
    String child = "CA-" + System.nanoTime() % 10_000_000;
    TestUsers.auditor1();
    long stroud = register.raise(new RaiseConcern(child + "-1", "Not seen for a month.", "AUDIT", "T-1", "CF", "CF-STR-1", "tm1"));
    long gloucester = register.raise(new RaiseConcern(child + "-2", "Not seen for a month.", "AUDIT", "T-1", "RA", "RA-GLO-1", "auditor2"));
    TestUsers.signOut();

    assertThat(get("/api/concerns", null).statusCode()).isEqualTo(401);
    JsonNode tm = json.readTree(get("/api/concerns?child=" + child.toLowerCase(), "tm1").body());
    assertThat(tm.get("content")).extracting(e -> e.get("id").asLong()).containsExactly(stroud);
    assertThat(tm.get("page").get("totalElements").asLong()).isEqualTo(1);

    JsonNode qm = json.readTree(get("/api/concerns?child=" + child + "&size=1&sort=childReference,desc", "qm1").body());
    assertThat(qm.get("content")).extracting(e -> e.get("id").asLong()).containsExactly(gloucester);
    assertThat(qm.get("page").get("totalElements").asLong()).isEqualTo(2);
    assertThat(qm.get("page").get("totalPages").asLong()).isEqualTo(2);

    HttpResponse<String> badSort = get("/api/concerns?sort=reason", "qm1");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(badSort.body()).contains("cannot be sorted by \\\"reason\\\"");
    assertThat(get("/api/concerns?status=GONE", "qm1").statusCode()).isEqualTo(400);
  }
}
