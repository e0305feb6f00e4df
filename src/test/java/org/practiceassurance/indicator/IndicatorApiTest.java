package org.practiceassurance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassurance.indicator.IndicatorFixtures.exceptions;
import static org.practiceassurance.indicator.IndicatorFixtures.values;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indicators' REST API with real tokens from a real Keycloak: anyone signed in reads the
 * catalogue; quality managers import (200 with the report), others are refused with a problem detail
 * (403); a file with the wrong header is a 400 problem and writes nothing; series and exception lists
 * are read within the caller's organisational scope.
 */
class IndicatorApiTest extends KeycloakBackedTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired RosterImport rosterImport;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void county() {
    IndicatorFixtures.reset(jdbc);
    IndicatorFixtures.county(rosterImport);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder postCsv(String path, String body) {
    return HttpRequest.newBuilder(URI.create(app() + path))
        .header("Content-Type", "text/csv; charset=utf-8").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json");
  }

  private int storedValues() {
    return jdbc.queryForObject("select count(*) from pa.indicator_value", Integer.class);
  }

  @Test
  void anyoneSignedInReadsTheCatalogueAndNobodyElse() throws Exception {
    assertThat(send(get("/api/indicators"), null).statusCode()).isEqualTo(401);

    HttpResponse<String> response = send(get("/api/indicators"), "tm1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[{\"code\":\"ASSESSMENTS_IN_45_DAYS\",\"name\":\"Assessments completed"
        + " within 45 days\",\"unit\":\"%\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":85.0,\"amberThreshold\":85.0,"
        + "\"redThreshold\":75.0,");
    assertThat(response.body()).contains("\"code\":\"RE_REFERRAL_RATE\"").contains("\"code\":\"CASELOAD_PER_WORKER\"");
  }

  @Test
  void aQualityManagerImportsValuesAndATeamManagerIsRefusedWithAProblemDetail() throws Exception {
    String csv = values("ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,17,20",
        "ASSESSMENTS_IN_45_DAYS,CF-NOPE-9,2025-03,85,17,20");

    HttpResponse<String> refused = send(postCsv("/api/indicators/values", csv), "tm1");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("\"title\":\"Not allowed\"").contains("\"status\":403");
    assertThat(storedValues()).isZero();

    HttpResponse<String> response = send(postCsv("/api/indicators/values?fileName=march.csv", csv), "qm1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"fileName\":\"march.csv\",\"rowsRead\":2,\"created\":1,\"updated\":0,"
        + "\"unchanged\":0,\"removed\":0,\"rejected\":[{\"lineNumber\":3,\"row\":\"ASSESSMENTS_IN_45_DAYS,CF-NOPE-9,"
        + "2025-03,85,17,20\",\"reason\":\"Unknown team \\\"CF-NOPE-9\\\": no such team on the roster (use a team code"
        + " like CF-STR-1).\"}]}");
    assertThat(storedValues()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select imported_by from pa.indicator_value", String.class)).isEqualTo("qm1");
  }

  @Test
  void aFileWithTheWrongHeaderIsA400ProblemAndWritesNothing() throws Exception {
    HttpResponse<String> response = send(postCsv("/api/indicators/values",
        "indicator,team,period,score\nASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85\n"), "qm1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"title\":\"Missing columns\"")
        .contains("\"missingColumns\":[\"month\",\"value\"]")
        .contains("The header row lacks the required columns month, value.")
        .contains("urn:practice-assurance:problem:indicator-file-rejected");
    assertThat(storedValues()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from pa.indicator_import", Integer.class)).isZero();
  }

  @Test
  void exceptionListsAreImportedByQualityManagersAndReadWithinScope() throws Exception {
    HttpResponse<String> imported = send(postCsv("/api/indicators/exceptions", exceptions(
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-05,overdue",
        "NOT_SEEN_IN_TIMESCALE,CF-77,CF-STR-1,2025-05,")), "qm1");
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(imported.body()).contains("\"created\":1").contains("\"lineNumber\":3")
        .contains("Child reference CF-77 is not on the roster.");
    assertThat(send(postCsv("/api/indicators/exceptions", exceptions("NOT_SEEN_IN_TIMESCALE,CF-2,CF-STR-1,2025-05,")),
        "hos1").statusCode()).isEqualTo(403);
    assertThat(send(postCsv("/api/indicators/exceptions", "list,child\nX,Y\n"), "qm1").statusCode()).isEqualTo(400);

    HttpResponse<String> own = send(get("/api/indicators/exceptions?level=TEAM&scope=CF-STR-1"), "tm1");
    assertThat(own.statusCode()).isEqualTo(200);
    // A page, the Spring Data way (ADR 16): the rows, then the page's size, number and totals.
    assertThat(own.body()).isEqualTo("{\"content\":[{\"id\":1,\"listCode\":\"NOT_SEEN_IN_TIMESCALE\",\"listName\":"
        + "\"Children not seen within timescale\",\"childReference\":\"CF-1\",\"teamCode\":\"CF-STR-1\","
        + "\"serviceCode\":\"CF\",\"month\":\"2025-05\",\"detail\":\"overdue\"}],"
        + "\"page\":{\"size\":50,\"number\":0,\"totalElements\":1,\"totalPages\":1}}");
    HttpResponse<String> otherTeam = send(get("/api/indicators/exceptions?level=TEAM&scope=RA-STR-1"), "tm1");
    assertThat(otherTeam.statusCode()).isEqualTo(403);
    assertThat(otherTeam.body()).contains("You may not see the indicators of team RA-STR-1.");
  }

  @Test
  void exceptionListsArePagedNarrowedAndSortedAndABadSortIsAProblem() throws Exception {
    send(postCsv("/api/indicators/exceptions", exceptions(
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-05,",
        "NOT_SEEN_IN_TIMESCALE,CF-2,CF-STR-1,2025-05,",
        "ASSESSMENT_OVER_45_DAYS,CF-3,CF-STR-1,2025-05,Day 61",
        "ASSESSMENT_OVER_45_DAYS,CF-31,CF-GLO-1,2025-05,Day 50",
        "NOT_SEEN_IN_TIMESCALE,CF-4,CF-STR-1,2025-04,")), "qm1");

    HttpResponse<String> second = send(get("/api/indicators/exceptions?level=SERVICE&scope=CF&size=2&page=1"), "hos1");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("\"childReference\":\"CF-3\"").contains("\"childReference\":\"CF-31\"")
        .contains("\"page\":{\"size\":2,\"number\":1,\"totalElements\":4,\"totalPages\":2}");
    assertThat(send(get("/api/indicators/exceptions?level=SERVICE&scope=CF&list=assessment_over_45_days&team=cf-str-1"),
        "hos1").body()).contains("\"childReference\":\"CF-3\"").doesNotContain("CF-31").contains("\"totalElements\":1");
    assertThat(send(get("/api/indicators/exceptions?level=TEAM&scope=CF-STR-1&child=cf-&sort=childReference,desc"
        + "&month=2025-04"), "tm1").body()).contains("\"childReference\":\"CF-4\"").contains("\"totalElements\":1");
    HttpResponse<String> badSort = send(get("/api/indicators/exceptions?level=TEAM&scope=CF-STR-1&sort=detail"), "tm1");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.body()).contains("Exception lists cannot be sorted by \\\"detail\\\"")
        .contains("urn:practice-assurance:problem:bad-indicator-request");
  }

  @Test
  void seriesAreReadWithinTheCallersScope() throws Exception {
    send(postCsv("/api/indicators/values", values("ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,17,20",
        "ASSESSMENTS_IN_45_DAYS,CF-GLO-1,2025-03,75,30,40")), "qm1");

    HttpResponse<String> team = send(get("/api/indicators/series?level=team&scope=CF-STR-1&months=3"), "tm1");
    assertThat(team.statusCode()).isEqualTo(200);
    assertThat(team.body()).contains("\"months\":[{\"indicatorCode\":\"ASSESSMENTS_IN_45_DAYS\",\"level\":\"TEAM\","
        + "\"scopeCode\":\"CF-STR-1\",\"month\":\"2025-03\",\"value\":85.0,\"rag\":\"GREEN\",\"numerator\":17.0,"
        + "\"denominator\":20.0}]");

    HttpResponse<String> service = send(get("/api/indicators/series?level=SERVICE&scope=CF&upTo=2025-03"), "hos1");
    assertThat(service.statusCode()).isEqualTo(200);
    assertThat(service.body()).contains("\"value\":78.3,\"rag\":\"AMBER\",\"numerator\":47.0,\"denominator\":60.0");

    assertThat(send(get("/api/indicators/series?level=SERVICE&scope=RA"), "hos1").statusCode()).isEqualTo(403);
    assertThat(send(get("/api/indicators/series?level=LOCALITY&scope=Stroud"), "hos1").statusCode()).isEqualTo(403);
    assertThat(send(get("/api/indicators/series?level=TEAM&scope=CF-GLO-1"), "tm1").statusCode()).isEqualTo(403);
    assertThat(send(get("/api/indicators/series?level=LOCALITY&scope=Stroud"), "director1").statusCode())
        .isEqualTo(200);
    assertThat(send(get("/api/indicators/series?level=COUNTY&scope=X"), "qm1").statusCode()).isEqualTo(400);
  }
}
