package org.practiceassurance.casefile.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.practiceassurance.casefile.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Dev default only ({@code pa.demo-data.enabled}): on a database whose roster is empty, imports the
 * {@link DemoCounty} through the same reading and upsert code as a quality manager's import. Runs
 * before the "ready" line is logged.
 */
@Component
@ConditionalOnProperty(name = "pa.demo-data.enabled", havingValue = "true")
class DemoCountyLoader {

  static final String IMPORTED_BY = "demo-data";
  private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);

  private final RosterImporter importer;
  private final CaseFileRepository files;

  DemoCountyLoader(RosterImporter importer, CaseFileRepository files) {
    this.importer = importer;
    this.files = files;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void onReady() {
    load(LocalDate.now(RosterImporter.UK));
  }

  /** Imports the demo county unless the roster has any file already; the report of what it did, if it ran. */
  Optional<ImportReport> load(LocalDate today) {
    if (files.count() > 0) {
      return Optional.empty();
    }
    long started = System.nanoTime();
    byte[] csv = DemoCounty.csv(today).getBytes(StandardCharsets.UTF_8);
    RosterCsv.Parsed roster = RosterCsv.read(new ByteArrayInputStream(csv), importer.properties().maxFileBytes());
    ImportReport report = importer.apply(roster, false, IMPORTED_BY);
    log.info("Demo county: {} case files in {} teams imported in {} ms", report.created(),
        roster.rows().stream().map(r -> r.get(RosterCsv.Column.TEAM)).distinct().count(),
        (System.nanoTime() - started) / 1_000_000);
    return Optional.of(report);
  }
}
