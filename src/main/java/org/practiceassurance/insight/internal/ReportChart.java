package org.practiceassurance.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.insight.QaReportFigures;
import org.practiceassurance.insight.QaReportFigures.Grades;

/**
 * The report's chart: for each of the six months a bar of its audits' final grades stacked to 100 %
 * (outstanding at the bottom, inadequate at the top), the good-or-better target as a line at its
 * share from the bottom and the inadequate target as a line at its share from the top, so each
 * target reads against the end of the bar it concerns. Drawn as shapes (coordinates from the top
 * left, in points) that the HTML writes as SVG and the PDF paints with OpenPDF.
 */
public final class ReportChart {

  public static final float WIDTH = 720;
  public static final float HEIGHT = 340;
  static final String TEXT = "#222222";
  static final String GOOD_TARGET = "#0b3d91";
  static final String INADEQUATE_TARGET = "#7a0019";
  private static final float LEFT = 48;
  private static final float RIGHT = WIDTH - 200;
  private static final float TOP = 16;
  private static final float BOTTOM = HEIGHT - 48;

  private ReportChart() {}

  /** A shape of the chart. */
  public sealed interface Shape permits Rect, Line, Label {}

  /** A filled rectangle; {@code title} says what it stands for. */
  public record Rect(float x, float y, float width, float height, String fill, String title) implements Shape {}

  public record Line(float x1, float y1, float x2, float y2, String stroke, float width, boolean dashed)
      implements Shape {}

  /** Text whose baseline starts, is centred or ends at (x, y). */
  public record Label(float x, float y, String text, Anchor anchor, float size, String fill) implements Shape {}

  public enum Anchor { START, MIDDLE, END }

  public static String colour(Grade grade) {
    return switch (grade) {
      case OUTSTANDING -> "#1b5e20";
      case GOOD -> "#66bb6a";
      case REQUIRES_IMPROVEMENT -> "#f9a825";
      case INADEQUATE -> "#c62828";
    };
  }

  public static List<Shape> shapes(QaReportFigures f) {
    List<Shape> shapes = new ArrayList<>();
    for (int p = 0; p <= 100; p += 25) {
      float y = y(p);
      shapes.add(new Line(LEFT, y, RIGHT, y, "#dddddd", 0.5f, false));
      shapes.add(new Label(LEFT - 6, y + 4, p + " %", Anchor.END, 9, TEXT));
    }
    List<Grades> months = f.chart();
    float slot = (RIGHT - LEFT) / Math.max(1, months.size());
    float barWidth = slot * 0.56f;
    for (int i = 0; i < months.size(); i++) {
      Grades g = months.get(i);
      float x = LEFT + slot * i + (slot - barWidth) / 2;
      String month = ReportTables.shortMonth(g.month());
      if (g.total() == 0) {
        shapes.add(new Label(x + barWidth / 2, y(50), "no audits", Anchor.MIDDLE, 8, "#666666"));
      } else {
        long below = 0;
        for (Grade grade : new Grade[] {Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE}) {
          long n = g.count(grade);
          if (n > 0) {
            float top = y(100.0 * (below + n) / g.total());
            float bottom = y(100.0 * below / g.total());
            shapes.add(new Rect(x, top, barWidth, bottom - top, colour(grade), month + ": " + grade.label() + " " + n
                + " (" + ReportTables.percent(g.percent(grade)) + ")"));
            below += n;
          }
        }
      }
      shapes.add(new Label(x + barWidth / 2, BOTTOM + 16, month, Anchor.MIDDLE, 9, TEXT));
      shapes.add(new Label(x + barWidth / 2, BOTTOM + 30, "n = " + g.total(), Anchor.MIDDLE, 8, "#555555"));
    }
    shapes.add(new Line(LEFT, BOTTOM, RIGHT, BOTTOM, TEXT, 1, false));
    shapes.add(new Line(LEFT, y(f.goodOrBetterTarget()), RIGHT, y(f.goodOrBetterTarget()), GOOD_TARGET, 2, true));
    shapes.add(new Line(LEFT, y(100 - f.inadequateTarget()), RIGHT, y(100 - f.inadequateTarget()), INADEQUATE_TARGET,
        2, true));

    float legendX = RIGHT + 16;
    float row = TOP + 10;
    for (Grade grade : new Grade[] {Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, Grade.OUTSTANDING}) {
      shapes.add(new Rect(legendX, row - 9, 12, 12, colour(grade), grade.label()));
      shapes.add(new Label(legendX + 18, row + 1, grade.label(), Anchor.START, 9, TEXT));
      row += 20;
    }
    row += 6;
    shapes.add(new Line(legendX, row - 3, legendX + 12, row - 3, GOOD_TARGET, 2, true));
    shapes.add(new Label(legendX + 18, row + 1, "Good or better target: at least", Anchor.START, 9, TEXT));
    shapes.add(new Label(legendX + 18, row + 13, ReportTables.percent(f.goodOrBetterTarget()) + ", from the bottom",
        Anchor.START, 9, TEXT));
    row += 34;
    shapes.add(new Line(legendX, row - 3, legendX + 12, row - 3, INADEQUATE_TARGET, 2, true));
    shapes.add(new Label(legendX + 18, row + 1, "Inadequate target: at most", Anchor.START, 9, TEXT));
    shapes.add(new Label(legendX + 18, row + 13, ReportTables.percent(f.inadequateTarget()) + ", from the top",
        Anchor.START, 9, TEXT));
    return shapes;
  }

  /** The chart as inline SVG; {@code id} prefixes the ids its title and description take. */
  public static String svg(QaReportFigures f, String id) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ')
        .append(n(HEIGHT)).append("\" width=\"100%\" style=\"max-width:").append(n(WIDTH))
        .append("px\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
        .append("<title id=\"").append(id).append("-title\">").append(HtmlText.escape(ReportTables.chartCaption(f)))
        .append("</title><desc id=\"").append(id).append("-desc\">").append(HtmlText.escape(description(f)))
        .append("</desc>");
    for (Shape shape : shapes(f)) {
      if (shape instanceof Rect r) {
        svg.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
            .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height()))
            .append("\" fill=\"").append(r.fill()).append("\"><title>").append(HtmlText.escape(r.title()))
            .append("</title></rect>");
      } else if (shape instanceof Line l) {
        svg.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
            .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append("\" stroke=\"")
            .append(l.stroke()).append("\" stroke-width=\"").append(n(l.width())).append('"')
            .append(l.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("></line>");
      } else if (shape instanceof Label t) {
        svg.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
            .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"").append(n(t.size()))
            .append("\" fill=\"").append(t.fill()).append("\" text-anchor=\"")
            .append(t.anchor().name().toLowerCase(Locale.ROOT)).append("\">").append(HtmlText.escape(t.text()))
            .append("</text>");
      }
    }
    return svg.append("</svg>").toString();
  }

  /** The chart in words, for screen readers: the table below it gives every number. */
  static String description(QaReportFigures f) {
    StringBuilder d = new StringBuilder("Good or better by month: ");
    List<String> parts = new ArrayList<>();
    for (Grades g : f.chart()) {
      parts.add(ReportTables.shortMonth(g.month()) + " " + (g.total() == 0 ? "no audits"
          : ReportTables.percent(g.goodOrBetterPercent()) + " good or better, "
              + ReportTables.percent(g.inadequatePercent()) + " inadequate, of " + g.total()));
    }
    return d.append(String.join("; ", parts)).append(". The table after the chart gives every figure.").toString();
  }

  private static float y(double percent) {
    return (float) (BOTTOM - (BOTTOM - TOP) * percent / 100.0);
  }

  private static String n(float value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
