package org.practiceassurance.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dev demo history (off in tests, so written here directly, in a transaction rolled back at
 * the end) on a county of 4,000 open files: nothing in it happened after now. Every timestamp of
 * the rows it writes is checked; dates (due, review) are plans and may lie ahead.
 */
@SpringBootTest
@Transactional
class DemoHistoryTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void noDemoRowIsDatedAfterNow() {
    long audits = max("pa.audit");
    long moderations = max("pa.moderation");
    long concerns = max("pa.concern");
    long samples = max("pa.dip_sample");
    long sampleFiles = max("pa.dip_sample_file");
    long historyRows = max("pa.action_history");
    aCountyOf4000OpenFiles();

    new DemoHistory(jdbc).write(LocalDate.now(ZoneId.of("Europe/London")));

    long written = jdbc.queryForObject("select count(*) from pa.audit where id > ?", Long.class, audits);
    assertThat(written).as("a year of about thirty audits a month").isBetween(300L, 400L);
    assertThat(jdbc.queryForObject("""
        select count(*) from pa.audit where id > ? and submitted_at > now() - interval '40 days'""", Long.class, audits))
        .as("audits submitted lately (they were closed 40 days after submission, in the future)").isPositive();
    assertNothingAfterNow("pa.audit", "id > " + audits);
    assertNothingAfterNow("pa.moderation", "id > " + moderations);
    assertNothingAfterNow("pa.action", "id like 'H-%'");
    assertNothingAfterNow("pa.action_history", "id > " + historyRows);
    assertNothingAfterNow("pa.concern", "id > " + concerns);
    assertNothingAfterNow("pa.dip_sample", "id > " + samples);
    assertNothingAfterNow("pa.dip_sample_file", "id > " + sampleFiles);
  }

  private long max(String table) {
    return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
  }

  /** Every timestamp column of the table is at or before now in the rows given. */
  private void assertNothingAfterNow(String table, String rows) {
    List<String> columns = jdbc.queryForList("""
        select column_name from information_schema.columns
         where table_schema = 'pa' and table_name = ? and data_type like 'timestamp%'""", String.class,
        table.substring("pa.".length()));
    assertThat(columns).as(table + " has timestamps").isNotEmpty();
    assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + rows, Long.class))
        .as(table + " rows written").isPositive();
    for (String column : columns) {
      Long future = jdbc.queryForObject("select count(*) from " + table + " where " + rows + " and " + column
          + " > now()", Long.class);
      assertThat(future).as(table + "." + column + " after now").isZero();
    }
  }

  private void aCountyOf4000OpenFiles() {
    jdbc.update("""
        insert into pa.team (code, name, service_code, locality, manager_username, created_at, updated_at)
        select 'DH-' || n, 'Demo history team ' || n, (array['CF', 'RA'])[1 + n % 2], 'Stroud', 'tm1', now(), now()
          from generate_series(1, 10) n""");
    jdbc.update("""
        insert into pa.case_file (id, child_reference, display_name, date_of_birth, legal_status, service_code,
                                  team_code, locality, allocated_worker, team_manager, date_opened, is_open,
                                  first_seen_at, last_updated_at)
        select nextval('pa.case_file_seq'), 'DH-' || lpad(n::text, 6, '0'), 'Child ' || n, date '2015-01-01',
               (array['CIN', 'CP', 'CIC'])[1 + n % 3], (array['CF', 'RA'])[1 + (1 + n % 10) % 2], 'DH-' || (1 + n % 10),
               'Stroud', 'sw1', 'tm1', date '2020-01-01', true, now(), now()
          from generate_series(1, 4000) n""");
  }
}
