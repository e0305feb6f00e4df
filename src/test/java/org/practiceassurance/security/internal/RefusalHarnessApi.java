package org.practiceassurance.security.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint (src/test, so never in the product): a write that PostgreSQL refuses as a
 * duplicate, which no module turned into its own problem, as a bug or an unforeseen race would.
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
}
