package org.practiceassurance.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.practiceassurance.insight.QaReportSummary;
import org.practiceassurance.insight.QaReports;
import org.practiceassurance.insight.internal.ReportTables;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;

/**
 * The monthly QA reports: each month with its latest published version and its draft; quality
 * managers open any month up to this one to write its report.
 */
@Route("qa-reports")
@PageTitle("QA reports | Practice Assurance")
@Menu(title = "QA reports", order = 52, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
public class QaReportsView extends VerticalLayout {

  /** How many months back the month picker offers. */
  static final int PICKABLE_MONTHS = 24;

  final Grid<QaReportSummary> reports = new Grid<>();
  final Select<YearMonth> month = new Select<>();
  final Button open = new Button("Open the month's report");

  public QaReportsView(QaReports qaReports, CurrentUser currentUser) {
    UserIdentity me = currentUser.get();
    boolean drafts = QaReports.mayReadDrafts(me);
    setMaxWidth("80rem");
    add(new H2("Monthly QA reports"));
    add(new Paragraph("Each month's report: headline figures against the targets, the chart of audit grades, what "
        + "was done, what was learnt, actions, what difference it made and next steps. A published version never "
        + "changes; publishing again makes the next version."));
    if (QaReports.mayEdit(me)) {
      YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
      List<YearMonth> months = new ArrayList<>();
      for (int i = 0; i < PICKABLE_MONTHS; i++) {
        months.add(now.minusMonths(i));
      }
      month.setId("report-month");
      month.setLabel("Month");
      month.setItems(months);
      month.setItemLabelGenerator(ReportTables::month);
      month.setValue(now.minusMonths(1));
      open.setId("open-report");
      open.addClickListener(e -> {
        if (month.getValue() != null) {
          open.getUI().ifPresent(ui -> ui.navigate(QaReportView.path(month.getValue())));
        }
      });
      HorizontalLayout picker = new HorizontalLayout(month, open);
      picker.setAlignItems(FlexComponent.Alignment.BASELINE);
      add(picker);
    }
    reports.setId("qa-reports");
    reports.addComponentColumn(s -> drafts || s.latestVersion() == null
        ? new RouterLink(ReportTables.month(s.month()), QaReportView.class, QaReportView.parameters(s.month()))
        : new RouterLink(ReportTables.month(s.month()), QaReportVersionView.class,
            QaReportVersionView.parameters(s.month(), s.latestVersion()))).setHeader("Month").setAutoWidth(true);
    reports.addColumn(QaReportsView::published).setHeader("Published").setFlexGrow(2);
    if (drafts) {
      reports.addColumn(QaReportsView::draft).setHeader("Draft").setFlexGrow(3);
    }
    reports.setAllRowsVisible(true);
    reports.setItems(qaReports.list());
    add(reports);
  }

  static String published(QaReportSummary s) {
    if (s.versions().isEmpty()) {
      return "Not published";
    }
    var latest = s.versions().get(s.versions().size() - 1);
    return "Version " + latest.version() + ", " + ReportTables.dateTime(latest.publishedAt()) + " by "
        + latest.publishedBy();
  }

  static String draft(QaReportSummary s) {
    if (s.draft() == null) {
      return "–";
    }
    return (s.draft().unpublishedChanges() ? "Changes not yet published" : "Same as version " + s.latestVersion())
        + "; saved " + ReportTables.dateTime(s.draft().savedAt()) + " by " + s.draft().savedBy();
  }
}
