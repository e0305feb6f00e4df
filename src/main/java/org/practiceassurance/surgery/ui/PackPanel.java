package org.practiceassurance.surgery.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.function.LongFunction;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.IndicatorSeries;
import org.practiceassurance.indicator.MonthlyValue;
import org.practiceassurance.surgery.CarriedAction;
import org.practiceassurance.surgery.SurgeryPack;

/** A preparation pack on screen, with its PDF to download; RAG is spelt out as well as coloured. */
class PackPanel extends VerticalLayout {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  final H3 indicatorsHeading = new H3();
  final Grid<IndicatorSeries> indicators = new Grid<>();
  final H3 gradesHeading = new H3();
  final Paragraph grades = new Paragraph();
  final Grid<CarriedAction> openActions = new Grid<>();
  final Grid<ConcernEntry> concerns = new Grid<>();
  final Grid<ChildException> exceptions = new Grid<>();
  final Anchor pdf = new Anchor();

  PackPanel() {
    setPadding(false);
    indicators.setId("pack-indicators");
    indicators.setAllRowsVisible(true);
    grades.setId("pack-grades");
    openActions.setId("pack-open-actions");
    openActions.addColumn(c -> c.logged().action().id()).setHeader("Action").setAutoWidth(true);
    openActions.addColumn(c -> c.logged().action().description()).setHeader("What").setFlexGrow(3);
    openActions.addColumn(c -> c.logged().action().owner()).setHeader("Owner");
    openActions.addColumn(c -> c.logged().accountableHeadOfService()).setHeader("Accountable");
    openActions.addColumn(c -> DATE.format(c.logged().action().dueDate())).setHeader("Due");
    openActions.addColumn(c -> c.logged().action().status().label()).setHeader("Status");
    openActions.setAllRowsVisible(true);
    concerns.setId("pack-concerns");
    concerns.addColumn(ConcernEntry::childReference).setHeader("Child");
    concerns.addColumn(ConcernEntry::reason).setHeader("Reason").setFlexGrow(3);
    concerns.addColumn(e -> e.status().label()).setHeader("Status");
    concerns.addColumn(e -> DATE.format(e.reviewDate())).setHeader("Review");
    concerns.setAllRowsVisible(true);
    exceptions.setId("pack-exceptions");
    exceptions.addColumn(ChildException::listName).setHeader("List").setFlexGrow(2);
    exceptions.addColumn(ChildException::childReference).setHeader("Child");
    exceptions.addColumn(ChildException::teamCode).setHeader("Team");
    exceptions.addColumn(e -> MONTH.format(e.month())).setHeader("Month");
    exceptions.addColumn(ChildException::detail).setHeader("Detail").setFlexGrow(2);
    exceptions.setAllRowsVisible(true);
    pdf.setId("pack-pdf");
    pdf.setText("Download the pack (PDF)");
    indicatorsHeading.setId("pack-indicators-heading");
    gradesHeading.setId("pack-grades-heading");
    add(pdf, indicatorsHeading, indicators, gradesHeading, grades, new H3("Open actions from earlier surgeries"),
        openActions, new H3("Open Cases of Concern"), concerns, new H3("Child-level exceptions"), exceptions);
  }

  void show(SurgeryPack pack, LongFunction<byte[]> pdfOf) {
    long id = pack.surgery().id();
    pdf.setHref(DownloadHandler.fromInputStream(event -> {
      byte[] bytes = pdfOf.apply(id);
      return new DownloadResponse(new ByteArrayInputStream(bytes), "surgery-" + id + "-pack.pdf", "application/pdf",
          bytes.length);
    }));
    indicators.removeAllColumns();
    List<YearMonth> months = pack.months();
    indicatorsHeading.setText("Performance indicators, the six months " + MONTH.format(months.get(0)) + " to "
        + MONTH.format(months.get(months.size() - 1)));
    gradesHeading.setText("Audit grades, submitted since " + DATE.format(pack.auditsSince()));
    indicators.addColumn(s -> s.indicator().name()).setHeader("Indicator").setFlexGrow(3);
    indicators.addColumn(s -> number(s.indicator().target()) + " " + s.indicator().unit()).setHeader("Target");
    for (YearMonth month : months) {
      indicators.addComponentColumn(s -> rag(s.months().stream().filter(m -> m.month().equals(month)).findFirst().orElse(null)))
          .setHeader(MONTH.format(month));
    }
    indicators.setItems(pack.indicators());
    long total = pack.auditGrades().values().stream().mapToLong(Long::longValue).sum();
    StringBuilder text = new StringBuilder();
    for (Grade grade : Grade.values()) {
      long n = pack.auditGrades().getOrDefault(grade, 0L);
      text.append(grade.label()).append(" ").append(n)
          .append(total == 0 ? "" : String.format(Locale.UK, " (%.0f %%)", 100.0 * n / total)).append(" · ");
    }
    grades.setText(total == 0 ? "No audits submitted in these months." : text.substring(0, text.length() - 3));
    openActions.setItems(pack.openActions());
    concerns.setItems(pack.concerns());
    exceptions.setItems(pack.exceptions());
  }

  static Span rag(MonthlyValue value) {
    if (value == null) {
      return new Span("–");
    }
    Span badge = new Span(number(value.value()) + " " + value.rag().name());
    badge.getElement().getThemeList().add("badge " + switch (value.rag()) {
      case GREEN -> "success";
      case AMBER -> "contrast";
      case RED -> "error";
    });
    return badge;
  }

  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
  }
}
