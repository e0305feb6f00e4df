package org.practiceassurance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A write the database refuses, over REST with a real token: 409 as an RFC 9457 problem saying what
 * was refused in plain words, with a reference that the log holds with the full failure; no SQL.
 * Keycloak not answering a look-up of people: 503, try again.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTest extends KeycloakBackedTest {

  @Test
  void aDatabaseRefusalIsAConflictProblemWithAReferenceAndNoSql(CapturedOutput log) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app() + "/api/test-harness/duplicate"))
            .header("Authorization", "Bearer " + TestKeycloak.accessToken("sw1"))
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo("Not saved");
    assertThat(problem.get("detail").asText())
        .isEqualTo("This would duplicate a record that already exists, so nothing was saved.");
    assertThat(response.body()).doesNotContain("harness_once").doesNotContain("insert").doesNotContain("CF-STR-1");
    String reference = problem.get("reference").asText();
    assertThat(reference).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(log.getOut()).contains("The database refused a REST call (reference " + reference + ")")
        .contains("duplicate key value violates unique constraint");
  }

  @Test
  void aKeycloakThatDoesNotAnswerIsServiceUnavailableWithAReference(CapturedOutput log) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app() + "/api/test-harness/people-down"))
            .header("Authorization", "Bearer " + TestKeycloak.accessToken("sw1")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo("People directory unavailable");
    assertThat(problem.get("detail").asText()).contains("Nothing was changed");
    assertThat(log.getOut()).contains("The people directory could not be asked during a REST call (reference "
        + problem.get("reference").asText() + ")");
  }
}
