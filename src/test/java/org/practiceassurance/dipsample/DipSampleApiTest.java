package org.practiceassurance.dipsample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/dip-samples} with real tokens: paged the Spring Data way, with the list's rule. */
class DipSampleApiTest extends KeycloakBackedTest {

  @Autowired JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Bearer " + TestKeycloak.accessToken(user));
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private long sample(String title) {
    return jdbc.queryForObject("""
        insert into pa.dip_sample (title, question_set_id, lead, status, size_mode, size_value, stratify_by,
                                   minimum_per_stratum, exclude_open_samples, seed, reviewers, due_date, created_by,
                                   created_at, launched_at)
        select ?, max(id), 'qm1', 'REVIEWING', 'COUNT', 1, 'NONE', 0, false, 1, 'auditor1', current_date, 'qm1', now(), now()
          from pa.dip_question_set where theme_code = 'PROTECTION'
        returning id
        """, Long.class, title);
  }

  @Test
  void theListIsPagedWithTheListsRuleAndABadSortIsAProblem() throws Exception {
    String stamp = String.valueOf(System.nanoTime() % 100_000_000);
    long reviewed = sample("Api " + stamp + " reviewed");
    long other = sample("Api " + stamp + " other");
    jdbc.update("""
        insert into pa.dip_sample_file (dip_sample_id, child_reference, service_code, team_code, locality, stratum, reviewer)
        values (?, ?, 'CF', 'CF-STR-1', 'Stroud', 'All', 'auditor1')
        """, reviewed, "DA-" + stamp);

    assertThat(get("/api/dip-samples", null).statusCode()).isEqualTo(401);
    JsonNode auditor = json.readTree(get("/api/dip-samples?title=api+" + stamp, "auditor1").body());
    assertThat(auditor.get("content")).extracting(s -> s.get("id").asLong()).containsExactly(reviewed);
    assertThat(auditor.get("content").get(0).get("total").asInt()).isEqualTo(1);
    assertThat(auditor.get("page").get("totalElements").asLong()).isEqualTo(1);

    JsonNode county = json.readTree(get("/api/dip-samples?title=api+" + stamp + "&size=1&sort=title", "qm1").body());
    assertThat(county.get("content")).extracting(s -> s.get("id").asLong()).containsExactly(other);
    assertThat(county.get("page").get("totalElements").asLong()).isEqualTo(2);

    HttpResponse<String> badSort = get("/api/dip-samples?sort=seed", "qm1");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.body()).contains("\"sort\"").contains("seed");
  }
}
