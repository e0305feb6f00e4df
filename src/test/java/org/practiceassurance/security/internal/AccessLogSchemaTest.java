package org.practiceassurance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway's migrations are applied to the product's own schema, and Hibernate validates the entities
 * against it (ddl-auto=validate: the context would not start otherwise).
 */
@SpringBootTest
class AccessLogSchemaTest {

  @Autowired Flyway flyway;
  @Autowired AccessLogRepository log;
  @Autowired JdbcTemplate jdbc;

  @Test
  void migrationsAreAppliedToTheProductSchemaBesideCamundas() {
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.info().applied()).extracting(m -> m.getScript()).contains("V1__access_log.sql");
    assertThat(jdbc.queryForObject(
        "select count(*) from information_schema.tables where table_schema = 'pa' and table_name = 'access_log'",
        Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject(
        "select count(*) from information_schema.tables where table_schema = 'public' and table_name = 'act_ru_task'",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void accessLogEntriesAreStoredAndReadBack() {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    log.save(new AccessLogEntry(at, "schema-test-user", "LOGIN", "roles=auditor"));

    assertThat(log.findByUsernameOrderByOccurredAtDesc("schema-test-user"))
        .singleElement().satisfies(e -> {
          assertThat(e.event()).isEqualTo("LOGIN");
          assertThat(e.occurredAt()).isEqualTo(at);
        });
  }
}
