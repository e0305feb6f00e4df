package org.practiceassurance.casefile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.ImportReport;
import org.practiceassurance.casefile.RejectedRow;
import org.practiceassurance.casefile.RosterFileRejected;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

/**
 * Quality managers: upload the case management system's roster export (CSV), then read what the
 * import did and which rows it could not take, with their line numbers and why.
 */
@Route("roster/import")
@PageTitle("Import roster | Practice Assurance")
@Menu(title = "Import roster", order = 20, icon = "vaadin:upload")
@RolesAllowed(Roles.QUALITY_MANAGER)
public class RosterImportView extends VerticalLayout {

  /** The import's own limit (RosterProperties' default); the servlet's multipart limit may be lower. */
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  final Upload upload = new Upload();
  final Checkbox fullImport = new Checkbox("Full import (close files missing from this file)");
  final Span openCount = new Span();
  final Div error = new Div();
  final VerticalLayout summary = new VerticalLayout();
  final Span rowsRead = new Span();
  final Span created = new Span();
  final Span updated = new Span();
  final Span unchanged = new Span();
  final Span closed = new Span();
  final H3 rejectedHeading = new H3();
  final Grid<RejectedRow> rejected = new Grid<>(RejectedRow.class, false);

  private final RosterImport rosterImport;
  private final CaseFiles caseFiles;

  public RosterImportView(RosterImport rosterImport, CaseFiles caseFiles,
      ObjectProvider<MultipartProperties> multipart) {
    this.rosterImport = rosterImport;
    this.caseFiles = caseFiles;

    long maxBytes = maxUploadBytes(multipart.getIfAvailable());
    String maxText = maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : (maxBytes / 1024) + " KB";
    upload.setId("roster-upload");
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) maxBytes);
    upload.setDropLabel(new Span("Drop the roster export (CSV, up to " + maxText + ") here"));
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> importFile(metadata.fileName(), bytes)));
    upload.addFileRejectedListener(e -> showError(e.getFileName() + " was not imported: " + e.getErrorMessage()
        + " This page takes CSV files of up to " + maxText + "; a larger roster can be posted to /api/roster."));

    fullImport.setId("full-import");
    fullImport.setHelperText("Only when the file is the whole roster: open files it does not list are closed, never deleted.");
    openCount.setId("open-count");
    error.setId("import-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    error.setVisible(false);

    rowsRead.setId("rows-read");
    created.setId("created");
    updated.setId("updated");
    unchanged.setId("unchanged");
    closed.setId("closed");
    summary.setId("import-summary");
    summary.setPadding(false);
    summary.setSpacing(false);
    summary.add(new H3("What the import did"),
        new HorizontalLayout(rowsRead, created, updated, unchanged, closed));
    summary.setVisible(false);

    rejected.setId("rejected-rows");
    rejected.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    rejected.addColumn(RejectedRow::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
    rejected.addColumn(RejectedRow::childReference).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
    rejected.addColumn(RejectedRow::reason).setHeader("Why it was not imported").setFlexGrow(1);
    rejected.setAllRowsVisible(false);
    rejected.setVisible(false);
    rejectedHeading.setId("rejected-heading");
    rejectedHeading.setVisible(false);

    add(new H2("Import roster"),
        new Paragraph("The CSV export of open case files from the case management system, with a header row: "
            + "child_reference, display_name, date_of_birth, legal_status, service, team, locality, "
            + "allocated_worker, team_manager, date_opened. Files are matched by child reference; nothing is ever "
            + "deleted."),
        openCount, fullImport, upload, error, summary, rejectedHeading, rejected);
    refreshOpenCount();
  }

  /**
   * The largest file this page can take: the import's own limit, or less when the servlet container
   * refuses larger multipart requests ({@code spring.servlet.multipart.*}; Spring Boot's default is
   * 1 MB). Telling the browser the real limit makes it refuse a larger file with a message instead
   * of the upload failing silently on the server.
   */
  public static long maxUploadBytes(MultipartProperties multipart) {
    long max = MAX_FILE_BYTES;
    if (multipart != null && multipart.isEnabled()) {
      if (multipart.getMaxFileSize() != null && multipart.getMaxFileSize().toBytes() > 0) {
        max = Math.min(max, multipart.getMaxFileSize().toBytes());
      }
      if (multipart.getMaxRequestSize() != null && multipart.getMaxRequestSize().toBytes() > 0) {
        max = Math.min(max, multipart.getMaxRequestSize().toBytes() - 16 * 1024); // room for the multipart headers
      }
    }
    return max;
  }

  void importFile(String fileName, byte[] bytes) {
    error.setVisible(false);
    summary.setVisible(false);
    rejected.setVisible(false);
    rejectedHeading.setVisible(false);
    try {
      ImportReport report = rosterImport.importCsv(new ByteArrayInputStream(bytes), fullImport.getValue());
      show(report);
    } catch (RosterFileRejected e) {
      showError(fileName + " was not imported: " + e.getMessage());
    } finally {
      upload.clearFileList();
      refreshOpenCount();
    }
  }

  private void show(ImportReport report) {
    rowsRead.setText("Rows read: " + report.rowsRead());
    created.setText("Created: " + report.created());
    updated.setText("Updated: " + report.updated());
    unchanged.setText("Unchanged: " + report.unchanged());
    closed.setText("Closed: " + report.closed());
    summary.setVisible(true);
    rejected.setItems(report.rejected());
    rejected.setVisible(!report.rejected().isEmpty());
    rejectedHeading.setText(report.rejected().size() + (report.rejected().size() == 1 ? " row was" : " rows were")
        + " not imported");
    rejectedHeading.setVisible(!report.rejected().isEmpty());
  }

  private void showError(String message) {
    error.setText(message);
    error.setVisible(true);
  }

  private void refreshOpenCount() {
    openCount.setText("Open case files now: " + caseFiles.countOpen());
  }
}
