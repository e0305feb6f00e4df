package org.practiceassurance.indicator.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.practiceassurance.indicator.IndicatorImportReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who imported which file, when, and what it did; written in the import's own transaction. */
@Component
class ImportRuns {

  enum Kind { VALUES, EXCEPTIONS }

  private final JdbcTemplate jdbc;

  ImportRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(Kind kind, IndicatorImportReport report, String importedBy, Instant at) {
    String fileName = report.fileName() == null ? null
        : report.fileName().length() > 300 ? report.fileName().substring(0, 300) : report.fileName();
    jdbc.update("""
        insert into pa.indicator_import (kind, file_name, imported_at, imported_by, rows_read, created, updated,
               unchanged, removed, rejected)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, kind.name(), fileName, Timestamp.from(at), importedBy, report.rowsRead(), report.created(),
        report.updated(), report.unchanged(), report.removed(), report.rejected().size());
  }
}
