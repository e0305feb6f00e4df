package org.practiceassurance.indicator.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.Direction;
import org.practiceassurance.indicator.ExceptionFilter;
import org.practiceassurance.indicator.ExceptionList;
import org.practiceassurance.indicator.Indicator;
import org.practiceassurance.indicator.IndicatorSeries;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.indicator.MonthlyValue;
import org.practiceassurance.indicator.Scope;
import org.practiceassurance.indicator.ScopeLevel;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

/**
 * Performance indicators for a team, service or locality the person may see (a head of service their
 * service and its teams, a team manager their team, quality managers and directors everything): the
 * last six months of each indicator with its RAG as a coloured badge and the word, the children on
 * exception lists in the latest month, and the catalogue. Quality managers and administrators also
 * import monthly values and exception lists here.
 */
@Route("indicators")
@PageTitle("Performance indicators | Practice Assurance")
@Menu(title = "Performance indicators", order = 45, icon = "vaadin:chart")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER, Roles.DIRECTOR, Roles.ADMIN})
public class IndicatorsView extends VerticalLayout {

  static final int MONTHS = 6;
  /** The largest upload the import takes; the servlet's multipart limit may be lower. */
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH_LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  final ComboBox<Scope> scope = new ComboBox<>("Show indicators for");
  final Span period = new Span();
  final Grid<IndicatorSeries> values = new Grid<>();
  final H3 exceptionsHeading = new H3();
  final ComboBox<ExceptionList> exceptionList = new ComboBox<>("List");
  final TextField exceptionTeam = new TextField("Team");
  final TextField exceptionChild = new TextField("Child reference");
  final FlexLayout exceptionFilters;
  final Grid<ExceptionRow> exceptions = new Grid<>();
  final Grid<Indicator> catalogue = new Grid<>();
  final ImportPanel valuesImport;
  final ImportPanel exceptionsImport;

  private final Indicators indicators;
  private final CaseFiles caseFiles;
  private final UserIdentity me;
  /** The scope and month the exceptions grid reads (a scope and a month, never rows). */
  private ExceptionFilter shownExceptions;

  /** A child on an exception list with their roster details as the person may see them (none if not). */
  record ExceptionRow(ChildException exception, CaseFile file) {}

  public IndicatorsView(Indicators indicators, CaseFiles caseFiles, CurrentUser currentUser,
      ObjectProvider<MultipartProperties> multipart) {
    this.indicators = indicators;
    this.caseFiles = caseFiles;
    this.me = currentUser.get();

    List<Scope> scopes = indicators.scopesVisibleTo(me);
    scope.setId("scope-picker");
    scope.setItems(scopes);
    scope.setItemLabelGenerator(Scope::label);
    scope.setWidth("32em");
    scope.setPlaceholder(scopes.isEmpty() ? "No team or service of yours on the roster" : "Choose a team or service");
    scope.addValueChangeListener(e -> show(e.getValue()));
    period.setId("indicator-period");

    values.setId("indicator-values");
    values.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    values.setAllRowsVisible(true);

    exceptionsHeading.setId("exceptions-heading");
    exceptionList.setId("exception-list-filter");
    exceptionList.setItems(indicators.exceptionLists());
    exceptionList.setItemLabelGenerator(ExceptionList::name);
    exceptionList.setClearButtonVisible(true);
    exceptionList.addValueChangeListener(e -> exceptions.getDataProvider().refreshAll());
    exceptionTeam.setId("exception-team-filter");
    exceptionTeam.setPlaceholder("e.g. CF-STR-1");
    exceptionChild.setId("exception-child-filter");
    exceptionChild.setPlaceholder("starts with, e.g. CF-10");
    for (TextField field : new TextField[] {exceptionTeam, exceptionChild}) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> exceptions.getDataProvider().refreshAll());
    }
    exceptionFilters = new FlexLayout(exceptionList, exceptionTeam, exceptionChild);
    exceptionFilters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    exceptionFilters.getStyle().set("gap", "var(--lumo-space-m)");
    exceptionFilters.getElement().setAttribute("role", "search");
    exceptionFilters.getElement().setAttribute("aria-label", "Filter the children on exception lists");
    exceptions.setId("exception-grid");
    exceptions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
        GridVariant.LUMO_WRAP_CELL_CONTENT);
    exceptions.addColumn(r -> r.exception().listName()).setHeader("List").setAutoWidth(true).setKey("list")
        .setSortProperty("list");
    exceptions.addColumn(r -> r.exception().childReference()).setHeader("Child").setAutoWidth(true).setKey("child")
        .setSortProperty("childReference");
    exceptions.addColumn(r -> r.file() == null ? "" : r.file().displayName()).setHeader("Name").setAutoWidth(true);
    exceptions.addColumn(r -> r.file() == null ? "" : r.file().legalStatus().name()).setHeader("Status")
        .setAutoWidth(true);
    exceptions.addColumn(r -> r.file() == null ? ""
        : r.file().allocatedWorker() == null ? "Unallocated" : r.file().allocatedWorker())
        .setHeader("Allocated worker").setAutoWidth(true);
    exceptions.addColumn(r -> r.exception().teamCode()).setHeader("Team").setAutoWidth(true).setKey("team")
        .setSortProperty("teamCode");
    exceptions.addColumn(r -> r.exception().detail()).setHeader("Detail").setFlexGrow(1).setKey("detail");
    exceptions.setHeight("24rem");
    exceptions.setItems(query -> shownExceptions == null || query.getLimit() == 0 ? Stream.empty()
            : indicators.exceptionRows(exceptionFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()
                .map(e -> new ExceptionRow(e, caseFiles.findVisible(me, e.childReference()).orElse(null))),
        query -> {
          long n = shownExceptions == null ? 0 : indicators.exceptionCount(exceptionFilter());
          exceptionsHeading.setText(shownExceptions == null ? exceptionsHeading.getText()
              : "Children on exception lists, " + MONTH_LONG.format(shownExceptions.month())
                  + String.format(Locale.UK, " (%,d)", n));
          return (int) Math.min(Integer.MAX_VALUE, n);
        });

    catalogue.setId("catalogue-grid");
    catalogue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
        GridVariant.LUMO_WRAP_CELL_CONTENT);
    catalogue.addColumn(Indicator::name).setHeader("Indicator").setWidth("16em").setFlexGrow(0).setKey("name");
    catalogue.addColumn(Indicator::unit).setHeader("Unit").setAutoWidth(true).setKey("unit");
    catalogue.addColumn(i -> i.direction().words()).setHeader("Direction").setAutoWidth(true).setKey("direction");
    catalogue.addColumn(i -> number(i.target())).setHeader("Target").setAutoWidth(true).setKey("target");
    catalogue.addColumn(i -> (i.direction() == Direction.HIGHER_IS_BETTER ? "below " : "above ")
        + number(i.amberThreshold())).setHeader("Amber").setAutoWidth(true).setKey("amber");
    catalogue.addColumn(i -> (i.direction() == Direction.HIGHER_IS_BETTER ? "below " : "above ")
        + number(i.redThreshold())).setHeader("Red").setAutoWidth(true).setKey("red");
    catalogue.addColumn(Indicator::description).setHeader("What is counted").setFlexGrow(1).setKey("description");
    catalogue.setItems(indicators.catalogue());
    catalogue.setAllRowsVisible(true);

    add(new H2("Performance indicators"),
        new Paragraph("Monthly values per team from the case management system's reports; a service's or a "
            + "locality's value is rolled up from its teams'. Each value is rated Green, Amber or Red against the "
            + "indicator's thresholds."),
        scope, period, values, exceptionsHeading, exceptionFilters, exceptions);

    if (me.hasAnyRole(Roles.QUALITY_MANAGER, Roles.ADMIN)) {
      long maxBytes = maxUploadBytes(multipart.getIfAvailable());
      valuesImport = new ImportPanel("values", "Import monthly values",
          "CSV with a header row: indicator, team, month, value, numerator, denominator (numerator and "
              + "denominator may be left out; month as YYYY-MM). One value per indicator, team and month: "
              + "importing a month again updates it.",
          maxBytes, false, indicators::importValues, this::refresh);
      exceptionsImport = new ImportPanel("exceptions", "Import exception list",
          "CSV with a header row: list, child_reference, team, month, detail. Lists: "
              + String.join(", ", indicators.exceptionLists().stream().map(l -> l.code() + " (" + l.name() + ")")
              .toList()) + ". Each child must be on the roster; a list imported again for a team and month "
              + "replaces its children for that team and month.",
          maxBytes, true, indicators::importExceptions, this::refresh);
      add(valuesImport, exceptionsImport);
    } else {
      valuesImport = null;
      exceptionsImport = null;
    }
    add(new H3("The catalogue"), catalogue);

    // Start on one's own team, else one's own service, else the first scope.
    scopes.stream().filter(s -> s.level() == ScopeLevel.TEAM && me.team().filter(s.code()::equals).isPresent())
        .findFirst()
        .or(() -> scopes.stream().filter(s -> s.level() == ScopeLevel.SERVICE
            && me.service().filter(s.code()::equals).isPresent()).findFirst())
        .or(() -> scopes.stream().findFirst())
        .ifPresentOrElse(scope::setValue, () -> show(null));
  }

  private void refresh() {
    show(scope.getValue());
  }

  private void show(Scope chosen) {
    values.removeAllColumns();
    if (chosen == null || !indicators.canSee(me, chosen.level(), chosen.code())) {
      period.setText("Choose a team or service.");
      values.setItems(List.of());
      values.setVisible(false);
      shownExceptions = null;
      exceptionsHeading.setVisible(false);
      exceptionFilters.setVisible(false);
      exceptions.setVisible(false);
      exceptions.getDataProvider().refreshAll();
      return;
    }
    Optional<YearMonth> latest = indicators.latestMonth(chosen.level(), chosen.code());
    YearMonth upTo = latest.orElse(YearMonth.now(UK).minusMonths(1));
    period.setText(latest.isPresent()
        ? "The six months to " + MONTH_LONG.format(upTo) + " for " + chosen.label() + "."
        : "No values imported for " + chosen.label() + " yet.");

    values.addColumn(s -> s.indicator().name()).setHeader("Indicator").setWidth("16em").setFlexGrow(0).setKey("name");
    values.addColumn(s -> (s.indicator().direction() == Direction.HIGHER_IS_BETTER ? "≥ " : "≤ ")
        + withUnit(s.indicator(), s.indicator().target())).setHeader("Target").setAutoWidth(true).setKey("target");
    for (int m = MONTHS - 1; m >= 0; m--) {
      YearMonth month = upTo.minusMonths(m);
      values.addColumn(new ComponentRenderer<>(s -> cell(s, month))).setHeader(MONTH_SHORT.format(month))
          .setAutoWidth(true).setKey(month.toString());
    }
    values.addColumn(IndicatorsView::change).setHeader("Since the month before").setAutoWidth(true).setKey("change");
    values.setItems(indicators.series(chosen.level(), chosen.code(), upTo, MONTHS));
    values.setVisible(true);

    Optional<YearMonth> exceptionMonth = indicators.latestExceptionMonth(chosen.level(), chosen.code());
    shownExceptions = exceptionMonth.map(m -> ExceptionFilter.of(chosen.level(), chosen.code(), m)).orElse(null);
    exceptionsHeading.setText(shownExceptions == null ? "No children on exception lists for " + chosen.label()
        : "Children on exception lists, " + MONTH_LONG.format(shownExceptions.month()));
    exceptionsHeading.setVisible(true);
    exceptionFilters.setVisible(shownExceptions != null);
    exceptions.setVisible(shownExceptions != null);
    exceptions.getDataProvider().refreshAll();
  }

  /** The scope and month shown, narrowed by the filters above the grid. */
  private ExceptionFilter exceptionFilter() {
    return shownExceptions.withList(exceptionList.getValue() == null ? null : exceptionList.getValue().code())
        .withTeam(exceptionTeam.getValue()).withChild(exceptionChild.getValue());
  }

  private static Span cell(IndicatorSeries series, YearMonth month) {
    return series.months().stream().filter(v -> v.month().equals(month)).findFirst()
        .map(v -> badge(series.indicator(), v)).orElseGet(() -> {
          Span none = new Span("No data");
          none.getStyle().set("color", "var(--lumo-secondary-text-color)");
          return none;
        });
  }

  /** The value and its RAG as a word, coloured: the colour is never the only sign. */
  static Span badge(Indicator indicator, MonthlyValue value) {
    Span badge = new Span(badgeText(indicator, value));
    switch (value.rag()) {
      case GREEN -> badge.getElement().getThemeList().add("badge success");
      case RED -> badge.getElement().getThemeList().add("badge error");
      case AMBER -> {
        badge.getElement().getThemeList().add("badge");
        badge.getStyle().set("background-color", "var(--lumo-warning-color-10pct, hsla(40, 100%, 50%, 0.2))")
            .set("color", "var(--lumo-warning-text-color, hsl(32, 100%, 30%))");
      }
    }
    if (value.numerator() != null && value.denominator() != null) {
      badge.setTitle(number(value.numerator()) + " of " + number(value.denominator()));
    }
    return badge;
  }

  /** e.g. "82.5 % Amber", "17.3 per worker Green". */
  static String badgeText(Indicator indicator, MonthlyValue value) {
    return withUnit(indicator, value.value()) + " " + value.rag().label();
  }

  /** Better, worse or the same as the month before, in the indicator's direction. */
  static String change(IndicatorSeries series) {
    List<MonthlyValue> months = series.months();
    if (months.size() < 2) {
      return "";
    }
    MonthlyValue last = months.get(months.size() - 1);
    MonthlyValue before = months.get(months.size() - 2);
    double delta = last.value() - before.value();
    if (Math.abs(delta) < 1e-9) {
      return "Same";
    }
    boolean better = series.indicator().direction() == Direction.HIGHER_IS_BETTER ? delta > 0 : delta < 0;
    return (better ? "Better" : "Worse") + " (" + (delta > 0 ? "+" : "−") + number(Math.abs(delta)) + ")";
  }

  static String withUnit(Indicator indicator, double value) {
    return number(value) + " " + indicator.unit();
  }

  static String number(double value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
  }

  /** The import's own limit, or less when the servlet refuses larger multipart requests. */
  static long maxUploadBytes(MultipartProperties multipart) {
    long max = MAX_FILE_BYTES;
    if (multipart != null && multipart.isEnabled()) {
      if (multipart.getMaxFileSize() != null && multipart.getMaxFileSize().toBytes() > 0) {
        max = Math.min(max, multipart.getMaxFileSize().toBytes());
      }
      if (multipart.getMaxRequestSize() != null && multipart.getMaxRequestSize().toBytes() > 0) {
        max = Math.min(max, multipart.getMaxRequestSize().toBytes() - 16 * 1024);
      }
    }
    return max;
  }
}
