package org.practiceassurance.insight.internal;

import java.util.List;
import org.practiceassurance.insight.QaReportFigures;
import org.practiceassurance.insight.ReportSection;
import org.practiceassurance.insight.internal.ReportTables.Table;
import org.springframework.stereotype.Component;

/**
 * A report as one self-contained, accessible HTML document: headings in order, tables with a
 * caption and scoped headings, the chart as inline SVG followed by its numbers in a table, no
 * script and nothing fetched. Everything a person wrote is escaped. The same content always gives
 * the same text (nothing here reads the clock).
 */
@Component
public class ReportHtml {

  private static final String STYLE = """
      body{font-family:Helvetica,Arial,sans-serif;color:#222;max-width:60rem;margin:2rem auto;padding:0 1rem;\
      line-height:1.45}\
      h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}\
      table{border-collapse:collapse;margin:1rem 0;width:100%}\
      caption{text-align:left;font-weight:bold;padding:.25rem 0}\
      th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}\
      thead th{background:#eee}tbody th{font-weight:normal}\
      .status{color:#444}.empty{color:#555;font-style:italic}figure{margin:1rem 0}\
      @media print{body{margin:0;max-width:none}}""";

  public String document(ReportContent content) {
    String title = ReportTables.title(content.month()) + (content.draft() ? " (draft)" : ", version " + content.version());
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + HtmlText.escape(title)
        + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + body(content)
        + "\n</main>\n</body>\n</html>\n";
  }

  /** The report as the screen shows it: the article with the screen's style. */
  public String screen(ReportContent c) {
    return "<div class=\"qa-report\"><style>" + SCREEN_STYLE + "</style>" + body(c) + "</div>";
  }

  /** The report itself as an article, without the document around it. */
  public String body(ReportContent c) {
    QaReportFigures f = c.figures();
    StringBuilder html = new StringBuilder("<article>\n<h1>").append(HtmlText.escape(ReportTables.title(c.month())))
        .append("</h1>\n<p class=\"status\">").append(HtmlText.escape(ReportTables.status(c))).append("</p>\n");
    section(html, c, ReportSection.SUMMARY);
    html.append("<h2>Headline figures against targets</h2>\n").append(table(ReportTables.headline(f)));
    html.append("<h2>Audit grades, last six months</h2>\n").append(chart(f));
    html.append("<h2>").append(ReportSection.WHAT_WE_DID.label()).append("</h2>\n")
        .append(table(ReportTables.activity(f))).append(listOrNone(ReportTables.dipSamples(f)))
        .append(listOrNone(ReportTables.surgeries(f)));
    narrative(html, c, ReportSection.WHAT_WE_DID);
    html.append("<h2>").append(ReportSection.WHAT_WE_LEARNT.label()).append("</h2>\n")
        .append(table(ReportTables.moderation(f)));
    narrative(html, c, ReportSection.WHAT_WE_LEARNT);
    html.append("<h2>Actions and Cases of Concern</h2>\n").append(table(ReportTables.actions(f)));
    section(html, c, ReportSection.DIFFERENCE_MADE);
    section(html, c, ReportSection.NEXT_STEPS);
    return html.append("</article>").toString();
  }

  /** The same look on the screen, limited to the report's own element. */
  private static final String SCREEN_STYLE = """
      .qa-report table{border-collapse:collapse;margin:var(--lumo-space-m) 0;width:100%}      .qa-report caption{text-align:left;font-weight:bold;padding:.25rem 0}      .qa-report th,.qa-report td{border:1px solid var(--lumo-contrast-20pct);padding:.25rem .5rem;text-align:left;      vertical-align:top}      .qa-report thead th{background:var(--lumo-contrast-5pct)}.qa-report tbody th{font-weight:normal}      .qa-report .status{color:var(--lumo-secondary-text-color)}.qa-report .empty{font-style:italic}""";

  /** The figures alone, as the screen shows them beside the draft. */
  public String figures(QaReportFigures f) {
    return "<div class=\"qa-report\"><style>" + SCREEN_STYLE + "</style>" + table(ReportTables.headline(f)) + chart(f)
        + table(ReportTables.activity(f)) + listOrNone(ReportTables.dipSamples(f)) + listOrNone(ReportTables.surgeries(f))
        + table(ReportTables.moderation(f)) + table(ReportTables.actions(f)) + "</div>";
  }

  private static String chart(QaReportFigures f) {
    return "<figure>" + ReportChart.svg(f, "grades-chart") + "</figure>\n" + table(ReportTables.chart(f));
  }

  private static void section(StringBuilder html, ReportContent c, ReportSection section) {
    html.append("<h2>").append(section.label()).append("</h2>\n");
    narrative(html, c, section);
  }

  private static void narrative(StringBuilder html, ReportContent c, ReportSection section) {
    String text = HtmlText.paragraphs(c.narrative().text(section));
    html.append(text != null ? text
        : "<p class=\"empty\">" + (c.draft() ? "Not written yet." : "Nothing written for this section.") + "</p>")
        .append('\n');
  }

  private static String listOrNone(Table table) {
    return table.rows().isEmpty()
        ? "<p>" + HtmlText.escape(table.caption()) + ": none.</p>\n" : table(table);
  }

  static String table(Table table) {
    StringBuilder html = new StringBuilder("<table>\n<caption>").append(HtmlText.escape(table.caption()))
        .append("</caption>\n<thead><tr>");
    for (String heading : table.headings()) {
      html.append("<th scope=\"col\">").append(HtmlText.escape(heading)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        boolean heading = i == 0 && table.rowHeadings();
        html.append(heading ? "<th scope=\"row\">" : "<td>").append(HtmlText.escape(row.get(i)))
            .append(heading ? "</th>" : "</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }
}
