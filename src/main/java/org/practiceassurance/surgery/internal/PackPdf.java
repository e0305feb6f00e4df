package org.practiceassurance.surgery.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.IndicatorSeries;
import org.practiceassurance.indicator.MonthlyValue;
import org.practiceassurance.indicator.Rag;
import org.practiceassurance.surgery.CarriedAction;
import org.practiceassurance.surgery.SurgeryPack;
import org.springframework.stereotype.Component;

/** A preparation pack as a PDF (OpenPDF): the same sections as the screen, RAG spelt out as well as coloured. */
@Component
public class PackPdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 9);
  private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

  public byte[] render(SurgeryPack pack) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter.getInstance(document, out);
    document.addTitle("Surgery preparation pack: " + pack.surgery().scope());
    document.open();
    document.add(new Paragraph("Performance surgery preparation pack: " + pack.surgery().scope(), TITLE));
    document.add(new Paragraph("Due " + DATE.format(pack.surgery().dueDate()) + " · led by " + pack.surgery().lead()
        + " · generated " + DATE.format(pack.generatedAt().atZone(ZoneId.of("Europe/London")).toLocalDate()), BODY));

    List<YearMonth> months = pack.months();
    section(document, "Performance indicators, the six months " + MONTH.format(months.get(0)) + " to "
        + MONTH.format(months.get(months.size() - 1)));
    PdfPTable indicators = new PdfPTable(2 + months.size());
    indicators.setWidthPercentage(100);
    float[] widths = new float[2 + months.size()];
    java.util.Arrays.fill(widths, 1.6f);
    widths[0] = 5; // the indicator's name, on one line where it can be
    widths[1] = 1.2f;
    indicators.setWidths(widths);
    header(indicators, "Indicator");
    header(indicators, "Target");
    months.forEach(m -> header(indicators, MONTH.format(m)));
    for (IndicatorSeries series : pack.indicators()) {
      indicators.addCell(cell(series.indicator().name() + " (" + series.indicator().unit() + ")", null));
      indicators.addCell(cell(number(series.indicator().target()), null));
      for (YearMonth month : months) {
        MonthlyValue v = series.months().stream().filter(m -> m.month().equals(month)).findFirst().orElse(null);
        indicators.addCell(v == null ? cell("–", null) : cell(number(v.value()) + " " + v.rag(), colour(v.rag())));
      }
    }
    document.add(indicators);

    section(document, "Audit grades, submitted since " + DATE.format(pack.auditsSince()));
    StringBuilder grades = new StringBuilder();
    long total = pack.auditGrades().values().stream().mapToLong(Long::longValue).sum();
    for (Grade grade : Grade.values()) {
      long n = pack.auditGrades().getOrDefault(grade, 0L);
      grades.append(grade.label()).append(": ").append(n).append(total == 0 ? "" : String.format(Locale.UK, " (%.0f %%)", 100.0 * n / total))
          .append("   ");
    }
    document.add(new Paragraph(total == 0 ? "No audits submitted in these months." : grades.toString(), BODY));

    section(document, "Open actions from earlier surgeries");
    if (pack.openActions().isEmpty()) {
      document.add(new Paragraph("None.", BODY));
    } else {
      PdfPTable actions = table("Action", "What", "Owner", "Accountable", "Due", "Status");
      for (CarriedAction c : pack.openActions()) {
        var a = c.logged().action();
        row(actions, a.id(), a.description(), a.owner(), c.logged().accountableHeadOfService(), DATE.format(a.dueDate()),
            a.status().name());
      }
      document.add(actions);
    }

    section(document, "Open Cases of Concern");
    if (pack.concerns().isEmpty()) {
      document.add(new Paragraph("None.", BODY));
    } else {
      PdfPTable concerns = table("Child", "Reason", "Responsible manager", "Status", "Review");
      for (ConcernEntry e : pack.concerns()) {
        row(concerns, e.childReference(), e.reason(), e.responsibleManager() == null ? "" : e.responsibleManager(),
            e.status().label(), DATE.format(e.reviewDate()));
      }
      document.add(concerns);
    }

    section(document, "Child-level exceptions");
    if (pack.exceptions().isEmpty()) {
      document.add(new Paragraph("None.", BODY));
    } else {
      PdfPTable exceptions = table("List", "Child", "Team", "Month", "Detail");
      for (ChildException e : pack.exceptions()) {
        row(exceptions, e.listName(), e.childReference(), e.teamCode(), MONTH.format(e.month()),
            e.detail() == null ? "" : e.detail());
      }
      document.add(exceptions);
    }
    document.close();
    return out.toByteArray();
  }

  private static void section(Document document, String title) {
    Paragraph p = new Paragraph(title, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    document.add(p);
  }

  private static PdfPTable table(String... headers) {
    PdfPTable table = new PdfPTable(headers.length);
    table.setWidthPercentage(100);
    for (String h : headers) {
      header(table, h);
    }
    return table;
  }

  private static void row(PdfPTable table, String... values) {
    for (String v : values) {
      table.addCell(cell(v, null));
    }
  }

  private static void header(PdfPTable table, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
    cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
    table.addCell(cell);
  }

  private static PdfPCell cell(String text, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
    cell.setHorizontalAlignment(Element.ALIGN_LEFT);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  private static Color colour(Rag rag) {
    return switch (rag) {
      case GREEN -> new Color(0xD4, 0xED, 0xDA);
      case AMBER -> new Color(0xFF, 0xF3, 0xCD);
      case RED -> new Color(0xF8, 0xD7, 0xDA);
    };
  }

  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
  }
}
