package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import org.practiceassurance.insight.QaReportVersion;
import org.practiceassurance.insight.QaReports;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/** A published version of a month's QA report, read only, exactly as its HTML and PDF show it. */
@Route("qa-reports/:month/versions/:version")
@PageTitle("QA report | Practice Assurance")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
public class QaReportVersionView extends VerticalLayout implements BeforeEnterObserver {

  private final QaReports reports;
  final Anchor html = new Anchor();
  final Anchor pdf = new Anchor();

  public QaReportVersionView(QaReports reports) {
    this.reports = reports;
    setMaxWidth("70rem");
    html.setId("version-html");
    html.setText("View HTML");
    html.setTarget(AnchorTarget.BLANK);
    pdf.setId("version-pdf");
    pdf.setText("Download PDF");
  }

  public static String path(YearMonth month, int version) {
    return "qa-reports/" + month + "/versions/" + version;
  }

  static RouteParameters parameters(YearMonth month, int version) {
    return new RouteParameters(new RouteParam("month", month.toString()), new RouteParam("version", version));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    QaReportVersion version;
    try {
      YearMonth month = YearMonth.parse(event.getRouteParameters().get("month").orElse(""));
      int n = Integer.parseInt(event.getRouteParameters().get("version").orElse(""));
      version = reports.version(month, n);
    } catch (DateTimeParseException | NumberFormatException | NoSuchElementException | AccessDeniedException e) {
      Span refused = new Span(e instanceof DateTimeParseException || e instanceof NumberFormatException
          ? "This address names no month and version of the QA report." : e.getMessage());
      refused.setId("report-unavailable");
      refused.getElement().setAttribute("role", "alert");
      add(new H2("QA report"), refused, new RouterLink("Back to the QA reports", QaReportsView.class));
      return;
    }
    YearMonth month = version.month();
    int n = version.version();
    html.setHref(QaReportView.download(() -> reports.html(month, n).getBytes(StandardCharsets.UTF_8),
        "qa-report-" + month + "-v" + n + ".html", "text/html; charset=utf-8").inline());
    pdf.setHref(QaReportView.download(() -> reports.pdf(month, n), "qa-report-" + month + "-v" + n + ".pdf",
        "application/pdf"));
    Span readOnly = new Span("Published versions are read only. To change the report, edit the month's draft and "
        + "publish the next version.");
    readOnly.setId("read-only");
    Html body = new Html(reports.bodyHtml(version));
    body.setId("report-body");
    add(new HorizontalLayout(html, pdf, new RouterLink("The month's draft", QaReportView.class,
        QaReportView.parameters(month))), readOnly, body);
  }
}
