package org.practiceassurance.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The QA reports' REST API with real tokens from a real Keycloak: the list, a published version as
 * HTML and PDF, the draft's preview; 403 problem details for those the report is not for, 404 for a
 * version or draft that does not exist, 400 for a month that is not one.
 */
class QaReportApiTest extends KeycloakBackedTest {

  static final YearMonth OCTOBER = YearMonth.of(2017, 10);

  @Autowired QaReports reports;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void octoberIsPublished() {
    TestUsers.qm1();
    if (reports.versions(OCTOBER).isEmpty()) {
      InsightFixtures.teams(rosterImport);
      new QaReportFixtures(jdbc).audits(2, Grade.GOOD, LocalDate.of(2017, 10, 9));
      TestUsers.qm1();
      QaReportDraft.Saved saved = reports.saveDraft(OCTOBER, reports.draft(OCTOBER).version(), new Narrative(
          "October's summary.", "", "", "", "November's next steps."));
      reports.publish(OCTOBER, saved.version());
    }
    TestUsers.signOut();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path));
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void isProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":" + status).contains(detail);
  }

  @Test
  void qualityManagersDirectorsAndAdministratorsReadPublishedVersions() throws Exception {
    HttpResponse<String> list = get("/api/qa-reports", "qm1");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("{\"month\":\"2017-10\",\"versions\":[{\"version\":1,\"publishedBy\":\"qm1\",")
        .contains("\"draft\":{\"savedBy\":\"qm1\"").contains("\"unpublishedChanges\":false");

    HttpResponse<String> html = get("/api/qa-reports/2017-10/versions/1.html", "director1");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<h1>Monthly QA report: October 2017</h1>")
        .contains("October&#39;s summary.").contains("<td>100 % (2 of 2)</td>");
    assertThat(get("/api/qa-reports/2017-10/versions/1.html", "qm1").body()).as("the same text every time")
        .isEqualTo(html.body());

    HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(app() + "/api/qa-reports/2017-10/versions/1.pdf"))
        .header("Authorization", "Bearer " + TestKeycloak.accessToken("admin1")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"qa-report-2017-10-v1.pdf\"");
    assertThat(QaReportsTest.pdfText(pdf.body())).contains("Monthly QA report: October 2017").contains("October's summary.");

    HttpResponse<String> adminList = get("/api/qa-reports", "admin1");
    assertThat(adminList.statusCode()).isEqualTo(200);
    assertThat(adminList.body()).contains("{\"month\":\"2017-10\",\"versions\":[{\"version\":1,")
        .doesNotContain("\"savedBy\"");
  }

  @Test
  void theDraftsPreviewIsForQualityManagersAndDirectors() throws Exception {
    HttpResponse<String> draft = get("/api/qa-reports/2017-10/draft.html", "director1");
    assertThat(draft.statusCode()).isEqualTo(200);
    assertThat(draft.body()).contains("Draft, not published.").contains("October&#39;s summary.");
    assertThat(get("/api/qa-reports/2017-10/draft.pdf", "qm1").statusCode()).isEqualTo(200);
    isProblem(get("/api/qa-reports/2017-10/draft.html", "admin1"), 403, "Drafts of the monthly QA report are for");
  }

  @Test
  void everyoneElseIsRefusedAndWhatDoesNotExistIsNotFound() throws Exception {
    assertThat(get("/api/qa-reports", null).statusCode()).isEqualTo(401);
    isProblem(get("/api/qa-reports", "hos1"), 403, "for quality managers, directors and administrators");
    isProblem(get("/api/qa-reports/2017-10/versions/1.html", "auditor1"), 403, "\"title\":\"Not allowed\"");
    isProblem(get("/api/qa-reports/2017-10/versions/1.pdf", "tm1"), 403, "\"title\":\"Not allowed\"");
    isProblem(get("/api/qa-reports/2017-10/draft.html", "hos2"), 403, "\"title\":\"Not allowed\"");

    isProblem(get("/api/qa-reports/2017-10/versions/2.html", "qm1"), 404,
        "There is no version 2 of the QA report for October 2017.");
    isProblem(get("/api/qa-reports/2017-10/versions/0.pdf", "director1"), 404, "\"title\":\"Not found\"");
    isProblem(get("/api/qa-reports/2017-12/draft.html", "qm1"), 404,
        "There is no draft of the QA report for December 2017.");
    isProblem(get("/api/qa-reports/2017-13/versions/1.html", "qm1"), 400, "is not a month");
  }
}
