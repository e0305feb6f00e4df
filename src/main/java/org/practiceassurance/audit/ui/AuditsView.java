package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.practiceassurance.audit.AuditFilter;
import org.practiceassurance.audit.AuditStatus;
import org.practiceassurance.audit.AuditSummary;
import org.practiceassurance.audit.Audits;
import org.practiceassurance.audit.CaseFileAudits;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;

/**
 * The audits the person may see, a page at a time from the database (ADR 16): sortable, filtered by
 * child, team, auditor, status, final grade and a date range, with how many match. A row opens the
 * audit's own page. The view keeps its filter and the count, never the rows.
 */
@Route("audits")
@PageTitle("Audits | Practice Assurance")
@Menu(title = "Audits", order = 5, icon = "vaadin:clipboard-check")
@PermitAll
public class AuditsView extends VerticalLayout {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  final TextField child = new TextField("Child");
  final TextField team = new TextField("Team");
  final TextField auditor = new TextField("Auditor");
  final ComboBox<AuditStatus> status = new ComboBox<>("Status");
  final ComboBox<Grade> grade = new ComboBox<>("Final grade");
  final Select<AuditFilter.Dates> dates = new Select<>();
  final DatePicker from = new DatePicker("From");
  final DatePicker to = new DatePicker("To");
  final Span count = new Span();
  final Grid<AuditSummary> grid = new Grid<>(AuditSummary.class, false);

  private final Audits audits;
  /** How many audits match the filter, counted once per change of filter (not per page scrolled). */
  private long matching;
  private boolean filterValid = true;

  public AuditsView(Audits audits, CurrentUser currentUser) {
    this.audits = audits;
    setSizeFull();

    child.setId("filter-child");
    child.setPlaceholder("Start of the reference");
    team.setId("filter-team");
    team.setPlaceholder("e.g. CF-STR-1");
    auditor.setId("filter-auditor");
    auditor.setPlaceholder("username");
    for (TextField field : List.of(child, team, auditor)) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    status.setId("filter-status");
    status.setItems(AuditStatus.values());
    status.setItemLabelGenerator(AuditStatus::label);
    status.setClearButtonVisible(true);
    grade.setId("filter-grade");
    grade.setItems(Grade.values());
    grade.setItemLabelGenerator(Grade::label);
    grade.setClearButtonVisible(true);
    dates.setId("filter-dates");
    dates.setLabel("Dates");
    dates.setItems(AuditFilter.Dates.values());
    dates.setItemLabelGenerator(AuditFilter.Dates::label);
    dates.setValue(AuditFilter.Dates.STARTED);
    from.setId("filter-from");
    to.setId("filter-to");
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    status.addValueChangeListener(e -> refresh());
    grade.addValueChangeListener(e -> refresh());
    dates.addValueChangeListener(e -> refresh());
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());

    FlexLayout filters = new FlexLayout(child, team, auditor, status, grade, dates, from, to);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    filters.getElement().setAttribute("role", "search");
    filters.getElement().setAttribute("aria-label", "Filter the audits");

    Span scope = new Span(scopeText(currentUser.get()));
    scope.setId("audit-scope");
    count.setId("audit-count");
    count.getElement().setAttribute("aria-live", "polite");

    grid.setId("audit-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addComponentColumn(a -> new RouterLink(a.childReference(), AuditView.class, AuditView.parameters(a.id())))
        .setHeader("Child").setAutoWidth(true).setSortProperty("childReference").setKey("childReference");
    grid.addColumn(AuditSummary::teamCode).setHeader("Team").setAutoWidth(true).setSortProperty("teamCode");
    grid.addColumn(a -> a.auditor() == null ? "Unassigned" : a.auditor()).setHeader("Auditor").setAutoWidth(true)
        .setSortProperty("auditor");
    grid.addColumn(a -> DAY.format(a.dueDate())).setHeader("Due").setAutoWidth(true).setSortProperty("dueDate");
    grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true).setSortProperty("status");
    var started = grid.addColumn(a -> day(a.createdAt())).setHeader("Started").setAutoWidth(true)
        .setSortProperty("createdAt");
    grid.addColumn(a -> day(a.submittedAt())).setHeader("Submitted").setAutoWidth(true).setSortProperty("submittedAt");
    grid.addColumn(a -> a.overallGrade() == null ? "" : a.overallGrade().label()).setHeader("Auditor's grade")
        .setAutoWidth(true);
    grid.addColumn(a -> a.finalGrade() == null ? "" : a.finalGrade().label()).setHeader("Final grade").setAutoWidth(true);
    grid.addColumn(a -> a.moderationReason() == null ? "" : a.moderationReason()).setHeader("Moderated because");
    grid.getElement().setAttribute("aria-label", "Audits");
    grid.addItemClickListener(e -> getUI().ifPresent(ui ->
        ui.navigate(AuditView.class, AuditView.parameters(e.getItem().id()))));
    grid.setItems(query -> filterValid
            ? audits.rows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()
            : Stream.empty(),
        query -> (int) Math.min(Integer.MAX_VALUE, matching));
    grid.sort(List.of(new GridSortOrder<>(started, SortDirection.DESCENDING)));

    add(new H2("Audits"), scope, filters, count, grid);
    setFlexGrow(1, grid);
    refresh();
  }

  AuditFilter filter() {
    return new AuditFilter(child.getValue(), team.getValue(), auditor.getValue(), status.getValue(), grade.getValue(),
        dates.getValue(), from.getValue(), to.getValue());
  }

  /** Counts what the filter matches (a problem with the filter is shown on its field), then shows the first page. */
  void refresh() {
    child.setInvalid(false);
    to.setInvalid(false);
    try {
      matching = audits.count(filter());
      filterValid = true;
    } catch (CaseFileAudits.InvalidAuditRequest e) {
      matching = 0;
      filterValid = false;
      var field = "to".equals(e.field()) ? to : child;
      field.setErrorMessage(e.getMessage());
      field.setInvalid(true);
    }
    count.setText(String.format(Locale.UK, "%,d %s", matching, matching == 1 ? "audit" : "audits"));
    grid.getDataProvider().refreshAll();
  }

  private static String day(Instant at) {
    return at == null ? "" : DAY.format(LocalDate.ofInstant(at, UK));
  }

  private static String scopeText(UserIdentity me) {
    if (OrganisationScope.seesWholeCounty(me) || me.hasRole(Roles.MODERATOR)) {
      return "Every audit in the county.";
    }
    StringBuilder text = new StringBuilder("The audits you hold");
    if (me.hasRole(Roles.HEAD_OF_SERVICE) && me.service().isPresent()) {
      text.append(", and every audit in service ").append(me.service().get());
    }
    if (me.hasAnyRole(Roles.TEAM_MANAGER, Roles.SOCIAL_WORKER) && me.team().isPresent()) {
      text.append(", and every audit in team ").append(me.team().get());
    }
    return text.append('.').toString();
  }
}
