package org.practiceassurance.security.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints (src/test, so never in the product): a write that PostgreSQL refuses as a
 * duplicate, which no module turned into its own problem, as a bug or an unforeseen race would; and a
 * look-up of a person in a Keycloak that is not there (a port nobody listens on).
 */
@RestController
class RefusalHarnessApi {

  private final JdbcTemplate jdbc;

  RefusalHarnessApi(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @PostMapping("/api/test-harness/duplicate")
  @Transactional
  void duplicate() {
    jdbc.execute("create temporary table harness_once (code text primary key) on commit drop");
    jdbc.update("insert into harness_once values ('CF-STR-1'), ('CF-STR-1')");
  }

  @GetMapping("/api/test-harness/people-down")
  String personInAKeycloakThatIsDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String realm = "http://localhost:" + closedPort + "/realms/practice-assurance";
    KeycloakPeopleDirectory directory = new KeycloakPeopleDirectory(new OidcProperties(realm, realm, "practice-assurance",
        "secret"), new PeopleDirectoryProperties(null, Duration.ofSeconds(2), Duration.ofSeconds(2)), RestClient.builder());
    return directory.person("sw1").map(Object::toString).orElse("nobody");
  }
}
