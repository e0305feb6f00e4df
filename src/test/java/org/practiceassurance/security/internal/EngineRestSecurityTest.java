package org.practiceassurance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;

/**
 * Camunda's REST API and webapp behind real Keycloak tokens: no token 401, a non-admin's token 403,
 * an admin's token 200; Cockpit sends anyone not signed in to the Keycloak login.
 */
class EngineRestSecurityTest extends KeycloakBackedTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    return get(path, bearer, "*/*");
  }

  private HttpResponse<String> get(String path, String bearer, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutATokenTheEngineRestApiAnswers401() throws Exception {
    assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aSocialWorkersTokenIsRefusedWith403() throws Exception {
    assertThat(get("/engine-rest/process-definition", TestKeycloak.accessToken("sw1")).statusCode()).isEqualTo(403);
    assertThat(get("/engine-rest/process-definition", TestKeycloak.accessToken("qm1")).statusCode()).isEqualTo(403);
  }

  @Test
  void anAdministratorsTokenReadsTheDeployedProcesses() throws Exception {
    HttpResponse<String> response = get("/engine-rest/process-definition?key=case-file-audit", TestKeycloak.accessToken("admin1"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"key\":\"case-file-audit\"");
  }

  @Test
  void aForgedOrForeignTokenIsRefused() throws Exception {
    String admin = TestKeycloak.accessToken("admin1");
    String tampered = admin.substring(0, admin.lastIndexOf('.') + 1) + "AAAA" + admin.substring(admin.lastIndexOf('.') + 5);

    assertThat(get("/engine-rest/process-definition", tampered).statusCode()).isEqualTo(401);
  }

  @Test
  void cockpitSendsAnonymousVisitorsToTheKeycloakLogin() throws Exception {
    HttpResponse<String> response = get("/camunda/app/cockpit/default/", null, "text/html");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
  }

  @Test
  void theHealthProbeIsOpenButTheAppIsNot() throws Exception {
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    assertThat(get("/", null).statusCode()).as("a script without a session").isEqualTo(401);
    HttpResponse<String> app = get("/", null, "text/html");
    assertThat(app.statusCode()).isEqualTo(302);
    assertThat(app.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
  }
}
