package org.practiceassurance.indicator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.BiFunction;
import org.practiceassurance.indicator.IndicatorFileRejected;
import org.practiceassurance.indicator.IndicatorImportReport;
import org.practiceassurance.indicator.RejectedLine;

/**
 * One upload of a CSV export and, after it, what the import did: rows read, created, updated,
 * unchanged (and removed, for exception lists) and every rejected row with its line and why.
 * Component ids start with the panel's prefix, e.g. {@code values-upload}, {@code values-created}.
 */
class ImportPanel extends VerticalLayout {

  final Upload upload = new Upload();
  final Div error = new Div();
  final VerticalLayout summary = new VerticalLayout();
  final Span rowsRead = new Span();
  final Span created = new Span();
  final Span updated = new Span();
  final Span unchanged = new Span();
  final Span removed = new Span();
  final H4 rejectedHeading = new H4();
  final Grid<RejectedLine> rejected = new Grid<>(RejectedLine.class, false);

  private final BiFunction<InputStream, String, IndicatorImportReport> importer;
  private final Runnable afterImport;

  ImportPanel(String prefix, String title, String help, long maxBytes, boolean showRemoved,
      BiFunction<InputStream, String, IndicatorImportReport> importer, Runnable afterImport) {
    this.importer = importer;
    this.afterImport = afterImport;
    setId(prefix + "-import");
    setPadding(false);
    String maxText = maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : (maxBytes / 1024) + " KB";

    upload.setId(prefix + "-upload");
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) maxBytes);
    upload.setDropLabel(new Span("Drop the CSV export (up to " + maxText + ") here"));
    upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> importFile(metadata.fileName(), bytes)));
    upload.addFileRejectedListener(e -> showError(e.getFileName() + " was not imported: " + e.getErrorMessage()
        + " This page takes CSV files of up to " + maxText + "."));

    error.setId(prefix + "-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    error.setVisible(false);

    rowsRead.setId(prefix + "-rows-read");
    created.setId(prefix + "-created");
    updated.setId(prefix + "-updated");
    unchanged.setId(prefix + "-unchanged");
    removed.setId(prefix + "-removed");
    removed.setVisible(showRemoved);
    summary.setId(prefix + "-summary");
    summary.setPadding(false);
    summary.setSpacing(false);
    summary.add(new H4("What the import did"), new HorizontalLayout(rowsRead, created, updated, unchanged, removed));
    summary.setVisible(false);

    rejected.setId(prefix + "-rejected");
    rejected.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    rejected.addColumn(RejectedLine::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
    rejected.addColumn(RejectedLine::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
    rejected.addColumn(RejectedLine::reason).setHeader("Why it was not imported").setFlexGrow(1);
    rejected.setHeight("16em");
    rejected.setVisible(false);
    rejectedHeading.setId(prefix + "-rejected-heading");
    rejectedHeading.setVisible(false);

    add(new H3(title), new Paragraph(help), upload, error, summary, rejectedHeading, rejected);
  }

  void importFile(String fileName, byte[] bytes) {
    error.setVisible(false);
    summary.setVisible(false);
    rejected.setVisible(false);
    rejectedHeading.setVisible(false);
    try {
      show(importer.apply(new ByteArrayInputStream(bytes), fileName));
      afterImport.run();
    } catch (IndicatorFileRejected e) {
      showError(fileName + " was not imported: " + e.getMessage());
    } finally {
      upload.clearFileList();
    }
  }

  private void show(IndicatorImportReport report) {
    rowsRead.setText("Rows read: " + report.rowsRead());
    created.setText("Created: " + report.created());
    updated.setText("Updated: " + report.updated());
    unchanged.setText("Unchanged: " + report.unchanged());
    removed.setText("Removed: " + report.removed());
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
}
