package org.practiceassurance.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassurance.casefile.Rosters.csv;
import static org.practiceassurance.casefile.Rosters.row;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster's REST API with real tokens from a real Keycloak: no token 401, a non-quality-manager
 * 403, a quality manager 200 (CSV body or multipart), a broken file 400, and case files read within
 * the caller's scope (404 otherwise). Every refusal is a problem detail.
 */
class CaseFileApiTest extends KeycloakBackedTest {

  @Autowired JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void cleanRoster() {
    Rosters.reset(jdbc);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder postCsv(String query, String body) {
    return HttpRequest.newBuilder(URI.create(app() + "/api/roster" + query))
        .header("Content-Type", "text/csv; charset=utf-8").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json");
  }

  private int caseFiles() {
    return jdbc.queryForObject("select count(*) from pa.case_file", Integer.class);
  }

  @Test
  void withoutATokenTheRosterApiAnswers401() throws Exception {
    assertThat(send(postCsv("", csv(row("CF-1", "CF-STR-1", "sw1"))), null).statusCode()).isEqualTo(401);
    assertThat(send(get("/api/case-files/CF-1"), null).statusCode()).isEqualTo(401);
    assertThat(caseFiles()).isZero();
  }

  @Test
  void someoneWhoIsNotAQualityManagerIsRefusedWithAProblemDetail() throws Exception {
    HttpResponse<String> response = send(postCsv("?full=true", csv(row("CF-1", "CF-STR-1", "sw1"))), "auditor1");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"title\":\"Not allowed\"").contains("\"status\":403");
    assertThat(send(postCsv("", csv(row("CF-1", "CF-STR-1", "sw1"))), "tm1").statusCode()).isEqualTo(403);
    assertThat(caseFiles()).isZero();
  }

  @Test
  void aQualityManagerImportsACsvBodyAndGetsTheReport() throws Exception {
    HttpResponse<String> response = send(postCsv("", csv(row("CF-1", "CF-STR-1", "sw1"),
        "CF-2,Bad,2015-03-02,ADOPTED,,CF-STR-1,,,,2024-01-15")), "qm1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"rowsRead\":2,\"created\":1,\"updated\":0,\"unchanged\":0,\"closed\":0,"
        + "\"rejected\":[{\"lineNumber\":3,\"childReference\":\"CF-2\",\"reason\":\"Unknown legal status \\\"ADOPTED\\\":"
        + " use CIN, CP, CIC, CARE_LEAVER or EARLY_HELP.\"}]}");
    assertThat(jdbc.queryForObject("select imported_by from pa.roster_import", String.class)).isEqualTo("qm1");
  }

  @Test
  void aQualityManagerImportsAMultipartUploadAsAFullImport() throws Exception {
    send(postCsv("", csv(row("CF-1", "CF-STR-1", "sw1"), row("CF-2", "CF-STR-1", "sw1"), row("CF-3", "CF-STR-1", "sw1"))),
        "qm1");
    String boundary = "----roster-test-boundary";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + csv(row("CF-1", "CF-STR-1", "sw1"), row("CF-2", "CF-STR-1", "sw2")) + "\r\n"
        + "--" + boundary + "--\r\n";
    HttpRequest.Builder multipart = HttpRequest.newBuilder(URI.create(app() + "/api/roster?full=true"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));

    HttpResponse<String> response = send(multipart, "qm1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(
        "{\"rowsRead\":2,\"created\":0,\"updated\":1,\"unchanged\":1,\"closed\":1,\"rejected\":[]}");
    assertThat(caseFiles()).as("closed, not deleted").isEqualTo(3);
  }

  @Test
  void aStructurallyBrokenFileIsA400ProblemNamingTheMissingColumns() throws Exception {
    HttpResponse<String> response = send(postCsv("", "child_reference,display_name,legal_status\nCF-1,Ann,CIN\n"), "qm1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"title\":\"Missing columns\"")
        .contains("\"missingColumns\":[\"date_of_birth\",\"team\",\"date_opened\"]")
        .contains("The header row lacks the required columns date_of_birth, team, date_opened.");
    assertThat(caseFiles()).isZero();

    HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(app() + "/api/roster"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), "qm1");
    assertThat(json.statusCode()).as("not a CSV upload").isEqualTo(415);
  }

  @Test
  void aCaseFileIsReadWithinTheCallersScopeAnd404Otherwise() throws Exception {
    send(postCsv("", csv("CF-1,Ann,2015-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-01",
        "RA-1,Dan,2016-01-01,CP,RA,RA-GLO-1,Gloucester,,auditor2,2025-01-01")), "qm1");

    HttpResponse<String> own = send(get("/api/case-files/CF-1"), "tm1");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo("{\"childReference\":\"CF-1\",\"displayName\":\"Ann\",\"dateOfBirth\":\"2015-01-01\","
        + "\"legalStatus\":\"CIN\",\"serviceCode\":\"CF\",\"teamCode\":\"CF-STR-1\",\"locality\":\"Stroud\","
        + "\"allocatedWorker\":\"sw1\",\"teamManager\":\"tm1\",\"dateOpened\":\"2024-01-01\",\"open\":true}");

    HttpResponse<String> otherTeam = send(get("/api/case-files/RA-1"), "tm1");
    assertThat(otherTeam.statusCode()).isEqualTo(404);
    assertThat(otherTeam.body()).contains("\"title\":\"Case file not found\"");
    assertThat(send(get("/api/case-files/NOPE-1"), "tm1").statusCode()).isEqualTo(404);
    assertThat(send(get("/api/case-files/RA-1"), "director1").statusCode()).isEqualTo(200);
    assertThat(send(get("/api/case-files/RA-1"), "hos2").statusCode()).isEqualTo(200);
    assertThat(send(get("/api/case-files/CF-1"), "hos2").statusCode()).isEqualTo(404);
  }

  @Test
  void theCaseFilesListIsPagedWithinTheCallersScopeAndAnUnknownSortIsA400() throws Exception {
    send(postCsv("", csv("CF-1,Ann,2015-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-01",
        "CF-2,Ben,2012-01-01,CIC,CF,CF-STR-1,Stroud,sw1,tm1,2020-01-01",
        "CF-3,Cat,2014-01-01,CP,CF,CF-STR-1,Stroud,sw1,tm1,2023-01-01",
        "RA-1,Dan,2016-01-01,CP,RA,RA-GLO-1,Gloucester,,auditor2,2025-01-01")), "qm1");

    HttpResponse<String> first = send(get("/api/case-files?size=2&sort=dateOpened,desc"), "tm1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"page\":{\"size\":2,\"number\":0,\"totalElements\":3,\"totalPages\":2}")
        .containsSubsequence("\"childReference\":\"CF-1\"", "\"childReference\":\"CF-3\"")
        .doesNotContain("CF-2").doesNotContain("RA-1");
    HttpResponse<String> second = send(get("/api/case-files?size=2&page=1&sort=dateOpened,desc"), "tm1");
    assertThat(second.body()).contains("\"childReference\":\"CF-2\"").doesNotContain("CF-1").doesNotContain("CF-3");
    assertThat(send(get("/api/case-files?search=d"), "qm1").body()).contains("RA-1").doesNotContain("CF-");

    HttpResponse<String> badSort = send(get("/api/case-files?sort=firstSeenAt"), "tm1");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(badSort.body()).contains("cannot be sorted by").contains("firstSeenAt");
    assertThat(send(get("/api/case-files?legalStatus=ADOPTED"), "tm1").statusCode()).isEqualTo(400);
    assertThat(send(get("/api/case-files"), null).statusCode()).isEqualTo(401);
  }
}
