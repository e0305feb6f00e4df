package org.practiceassurance.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Insight over REST with real tokens from a real Keycloak: figures within the caller's scope,
 * refusals as problem details, CSV exports.
 */
class InsightApiTest extends KeycloakBackedTest {

  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void teams() {
    InsightFixtures.teams(rosterImport);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void figuresComeWithinTheCallersScopeAndAnythingElseIsAProblem() throws Exception {
    InsightFixtures rows = new InsightFixtures(jdbc);
    rows.audit("CF-INS-2", "auditor1", "CLOSED", Grade.GOOD, Grade.GOOD, InsightFixtures.noon(LocalDate.of(2015, 5, 5)), null);
    rows.audit("CF-INS-2", "auditor1", "CLOSED", Grade.INADEQUATE, Grade.INADEQUATE,
        InsightFixtures.noon(LocalDate.of(2015, 5, 6)), null);

    assertThat(get("/api/insight/audit-grades", null).statusCode()).isEqualTo(401);

    HttpResponse<String> hos = get("/api/insight/audit-grades?from=2015-04&to=2015-05&team=CF-INS-2", "hos1");
    assertThat(hos.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(hos.body());
    assertThat(body.at("/filter/serviceCode").asText()).as("their own service filled in").isEqualTo("CF");
    JsonNode may = body.at("/months/1");
    assertThat(may.at("/month").asText()).isEqualTo("2015-05");
    assertThat(may.at("/counts/GOOD").asLong()).isEqualTo(1);
    assertThat(may.at("/total").asLong()).isEqualTo(2);
    assertThat(may.at("/goodOrBetterPercent").asDouble()).isEqualTo(50.0);
    assertThat(body.at("/targets/goodOrBetterPercent").asDouble()).isEqualTo(42.0);

    HttpResponse<String> otherService = get("/api/insight/actions?service=RA", "hos1");
    assertThat(otherService.statusCode()).isEqualTo(403);
    assertThat(otherService.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(otherService.body()).at("/detail").asText()).contains("service CF only");

    assertThat(get("/api/insight/triangulation", "auditor1").statusCode()).as("no dashboards for auditors").isEqualTo(403);
    HttpResponse<String> badMonth = get("/api/insight/concerns?from=2026-13", "qm1");
    assertThat(badMonth.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badMonth.body()).at("/detail").asText()).contains("is not a month");
    assertThat(get("/api/insight/moderation?from=2026-05&to=2026-01", "qm1").statusCode()).isEqualTo(400);
    assertThat(get("/api/insight/actions/list?state=SIDEWAYS", "qm1").statusCode()).isEqualTo(400);

    HttpResponse<String> list = get("/api/insight/audit-grades/audits?from=2015-05&to=2015-05&team=CF-INS-2&grade=inadequate",
        "director1");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(json.readTree(list.body()).at("/total").asLong()).isEqualTo(1);
  }

  @Test
  void exportsAreCsvOfWhatTheCallerMaySee() throws Exception {
    new InsightFixtures(jdbc).audit("RA-INS-1", "auditor2", "CLOSED", Grade.GOOD, Grade.GOOD,
        InsightFixtures.noon(LocalDate.of(2015, 6, 5)), null);

    HttpResponse<String> qm = get("/api/exports/audits.csv", "qm1");
    assertThat(qm.statusCode()).isEqualTo(200);
    assertThat(qm.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(qm.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"audits.csv\"");
    assertThat(qm.body()).startsWith("audit_id,child_reference,service,team,auditor,status,due_date,").contains(",RA-INS-1,");

    HttpResponse<String> hos = get("/api/exports/audits.csv", "hos1");
    assertThat(hos.statusCode()).isEqualTo(200);
    assertThat(hos.body()).doesNotContain(",RA-INS-1,");
    assertThat(hos.body().lines().skip(1)).allSatisfy(line -> assertThat(line.split(",")[2]).isEqualTo("CF"));

    assertThat(get("/api/exports/cases-of-concern.csv", "tm1").body()).startsWith("concern_id,child_reference,reason,");
    assertThat(get("/api/exports/actions.csv", "sw1").statusCode()).isEqualTo(200);
    assertThat(get("/api/exports/payroll.csv", "qm1").statusCode()).isEqualTo(400);
    assertThat(get("/api/exports/audits.csv", null).statusCode()).isEqualTo(401);
  }
}
