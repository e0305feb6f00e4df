package org.practiceassurance.insight.internal;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.practiceassurance.insight.QaReportFigures;
import org.practiceassurance.insight.ReportSection;
import org.practiceassurance.insight.internal.ReportTables.Table;
import org.springframework.stereotype.Component;

/**
 * A report as a PDF (OpenPDF, as the surgery packs): the same sections, tables and words as the
 * HTML, and the same chart painted with {@link PdfContentByte} from {@link ReportChart}'s shapes.
 */
@Component
public class ReportPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 9.5f);
  private static final Font EMPTY = new Font(Font.HELVETICA, 9.5f, Font.ITALIC, new Color(0x55, 0x55, 0x55));
  private static final Font CAPTION = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
  private static final Font CELL = new Font(Font.HELVETICA, 8.5f);
  private static final Font CELL_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  public byte[] render(ReportContent c) {
    QaReportFigures f = c.figures();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(ReportTables.title(c.month()) + (c.draft() ? " (draft)" : ", version " + c.version()));
    document.open();
    document.add(new Paragraph(ReportTables.title(c.month()), TITLE));
    document.add(new Paragraph(ReportTables.status(c), BODY));
    section(document, c, ReportSection.SUMMARY);
    heading(document, "Headline figures against targets");
    table(document, ReportTables.headline(f));
    heading(document, "Audit grades, last six months");
    chart(document, writer, f);
    table(document, ReportTables.chart(f));
    heading(document, ReportSection.WHAT_WE_DID.label());
    table(document, ReportTables.activity(f));
    tableOrNone(document, ReportTables.dipSamples(f));
    tableOrNone(document, ReportTables.surgeries(f));
    narrative(document, c, ReportSection.WHAT_WE_DID);
    heading(document, ReportSection.WHAT_WE_LEARNT.label());
    table(document, ReportTables.moderation(f));
    narrative(document, c, ReportSection.WHAT_WE_LEARNT);
    heading(document, "Actions and Cases of Concern");
    table(document, ReportTables.actions(f));
    section(document, c, ReportSection.DIFFERENCE_MADE);
    section(document, c, ReportSection.NEXT_STEPS);
    document.close();
    return out.toByteArray();
  }

  private static void chart(Document document, PdfWriter writer, QaReportFigures f) {
    PdfTemplate chart = writer.getDirectContent().createTemplate(ReportChart.WIDTH, ReportChart.HEIGHT);
    BaseFont font;
    try {
      font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    float h = ReportChart.HEIGHT;
    for (ReportChart.Shape shape : ReportChart.shapes(f)) {
      if (shape instanceof ReportChart.Rect r) {
        chart.setColorFill(Color.decode(r.fill()));
        chart.rectangle(r.x(), h - r.y() - r.height(), r.width(), r.height());
        chart.fill();
      } else if (shape instanceof ReportChart.Line l) {
        chart.saveState();
        chart.setColorStroke(Color.decode(l.stroke()));
        chart.setLineWidth(l.width());
        if (l.dashed()) {
          chart.setLineDash(6, 4, 0);
        }
        chart.moveTo(l.x1(), h - l.y1());
        chart.lineTo(l.x2(), h - l.y2());
        chart.stroke();
        chart.restoreState();
      } else if (shape instanceof ReportChart.Label t) {
        chart.beginText();
        chart.setColorFill(Color.decode(t.fill()));
        chart.setFontAndSize(font, t.size());
        chart.showTextAligned(switch (t.anchor()) {
          case START -> PdfContentByte.ALIGN_LEFT;
          case MIDDLE -> PdfContentByte.ALIGN_CENTER;
          case END -> PdfContentByte.ALIGN_RIGHT;
        }, t.text(), t.x(), h - t.y(), 0);
        chart.endText();
      }
    }
    try {
      Image image = Image.getInstance(chart);
      float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
      image.scaleToFit(width, ReportChart.HEIGHT * width / ReportChart.WIDTH);
      image.setAlt(ReportTables.chartCaption(f) + ". " + ReportChart.description(f));
      document.add(image);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void heading(Document document, String title) {
    Paragraph p = new Paragraph(title, HEADING);
    p.setSpacingBefore(14);
    p.setSpacingAfter(4);
    document.add(p);
  }

  private static void section(Document document, ReportContent c, ReportSection section) {
    heading(document, section.label());
    narrative(document, c, section);
  }

  private static void narrative(Document document, ReportContent c, ReportSection section) {
    String text = c.narrative().text(section);
    if (text.isBlank()) {
      document.add(new Paragraph(c.draft() ? "Not written yet." : "Nothing written for this section.", EMPTY));
      return;
    }
    for (String paragraph : BLANK_LINES.split(text.strip())) {
      Paragraph p = new Paragraph(paragraph.strip(), BODY);
      p.setSpacingAfter(4);
      document.add(p);
    }
  }

  private static void tableOrNone(Document document, Table table) {
    if (table.rows().isEmpty()) {
      document.add(new Paragraph(table.caption() + ": none.", BODY));
    } else {
      table(document, table);
    }
  }

  private static void table(Document document, Table table) {
    Paragraph caption = new Paragraph(table.caption(), CAPTION);
    caption.setSpacingBefore(6);
    caption.setSpacingAfter(3);
    document.add(caption);
    PdfPTable pdf = new PdfPTable(table.headings().size());
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    int columns = table.headings().size();
    if (table.rowHeadings() && columns <= 4) {
      float[] widths = new float[columns];
      Arrays.fill(widths, 1);
      widths[0] = columns == 2 ? 3 : 2;
      pdf.setWidths(widths);
    }
    for (String heading : table.headings()) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, CELL_BOLD));
      cell.setPadding(3);
      cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
      pdf.addCell(cell);
    }
    for (List<String> row : table.rows()) {
      for (String value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(value, CELL));
        cell.setPadding(3);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        pdf.addCell(cell);
      }
    }
    document.add(pdf);
  }
}
