package org.practiceassurance.casefile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.practiceassurance.casefile.ImportReport;

/** Who imported a roster, when, and what it did. Written in the import's own transaction. */
@Entity
@Table(name = "roster_import")
public class RosterImportRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false, length = 100)
  private String importedBy;

  @Column(name = "full_import", nullable = false)
  private boolean fullImport;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(nullable = false)
  private int created;

  @Column(nullable = false)
  private int updated;

  @Column(nullable = false)
  private int unchanged;

  @Column(nullable = false)
  private int closed;

  @Column(nullable = false)
  private int rejected;

  protected RosterImportRun() {}

  RosterImportRun(Instant importedAt, String importedBy, boolean fullImport, ImportReport report) {
    this.importedAt = importedAt;
    this.importedBy = importedBy;
    this.fullImport = fullImport;
    this.rowsRead = report.rowsRead();
    this.created = report.created();
    this.updated = report.updated();
    this.unchanged = report.unchanged();
    this.closed = report.closed();
    this.rejected = report.rejected().size();
  }

  public Instant importedAt() {
    return importedAt;
  }

  public String importedBy() {
    return importedBy;
  }

  public boolean fullImport() {
    return fullImport;
  }

  public int closed() {
    return closed;
  }
}
