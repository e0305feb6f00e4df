package org.practiceassurance.casefile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFileFilter;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;

/**
 * The case files a person may see by where they sit in the organisation (the whole county, their
 * service or their team), a page at a time from the database (ADR 16): sortable, searched by the
 * start of a reference or name, filtered by team, legal status, allocated worker and the day opened.
 * The view keeps its filter and the count, never the rows. Auditors and moderators have no
 * organisational scope (they see the files of the audits given to them), so the view is not theirs.
 */
@Route("case-files")
@PageTitle("Case files | Practice Assurance")
@Menu(title = "Case files", order = 25, icon = "vaadin:folder-open")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN, Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER,
    Roles.SOCIAL_WORKER})
public class CaseFilesView extends VerticalLayout {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  final TextField search = new TextField("Reference or name");
  final ComboBox<Team> team = new ComboBox<>("Team");
  final Select<LegalStatus> status = new Select<>();
  final TextField worker = new TextField("Allocated worker");
  final DatePicker openedFrom = new DatePicker("Opened from");
  final DatePicker openedTo = new DatePicker("Opened to");
  final Checkbox includeClosed = new Checkbox("Include closed files");
  final Span count = new Span();
  final Grid<CaseFile> grid = new Grid<>(CaseFile.class, false);

  private final CaseFiles caseFiles;
  private final UserIdentity me;
  /** How many files match the filter, counted once per change of filter. */
  private long matching;
  private boolean filterValid = true;

  public CaseFilesView(CaseFiles caseFiles, CurrentUser currentUser) {
    this.caseFiles = caseFiles;
    this.me = currentUser.get();
    setSizeFull();

    search.setId("search");
    search.setPlaceholder("e.g. CF-10 or Ann");
    worker.setId("worker-filter");
    worker.setPlaceholder("username");
    for (TextField field : List.of(search, worker)) {
      field.setClearButtonVisible(true);
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.addValueChangeListener(e -> refresh());
    }
    team.setId("team-filter");
    team.setItems(caseFiles.teamsVisibleTo(me));
    team.setItemLabelGenerator(t -> t.code() + " · " + t.name());
    team.setClearButtonVisible(true);
    team.setPlaceholder("All teams");
    team.setWidth("22em");
    status.setId("status-filter");
    status.setLabel("Legal status");
    status.setItems(LegalStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Any");
    openedFrom.setId("opened-from");
    openedTo.setId("opened-to");
    openedFrom.setClearButtonVisible(true);
    openedTo.setClearButtonVisible(true);
    includeClosed.setId("include-closed");
    count.setId("case-file-count");
    count.getElement().setAttribute("aria-live", "polite");

    grid.setId("case-file-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addColumn(CaseFile::childReference).setHeader("Reference").setAutoWidth(true).setSortProperty("childReference");
    grid.addColumn(f -> f.displayName() == null ? "" : f.displayName()).setHeader("Name").setAutoWidth(true)
        .setSortProperty("displayName");
    grid.addColumn(f -> DATE.format(f.dateOfBirth())).setHeader("Born").setAutoWidth(true).setSortProperty("dateOfBirth");
    grid.addColumn(CaseFile::legalStatus).setHeader("Status").setAutoWidth(true).setSortProperty("legalStatus");
    grid.addColumn(CaseFile::teamCode).setHeader("Team").setAutoWidth(true).setSortProperty("teamCode");
    grid.addColumn(f -> f.allocatedWorker() == null ? "Unallocated" : f.allocatedWorker())
        .setHeader("Allocated worker").setAutoWidth(true).setSortProperty("allocatedWorker");
    grid.addColumn(f -> DATE.format(f.dateOpened())).setHeader("Opened").setAutoWidth(true).setSortProperty("dateOpened");
    grid.addColumn(f -> f.open() ? "Open" : "Closed").setHeader("").setAutoWidth(true);
    grid.getElement().setAttribute("aria-label", "Case files");
    grid.setItems(query -> filterValid
            ? caseFiles.visibleTo(me, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent().stream()
            : Stream.empty(),
        query -> (int) Math.min(Integer.MAX_VALUE, matching));

    team.addValueChangeListener(e -> refresh());
    status.addValueChangeListener(e -> refresh());
    openedFrom.addValueChangeListener(e -> refresh());
    openedTo.addValueChangeListener(e -> refresh());
    includeClosed.addValueChangeListener(e -> refresh());

    FlexLayout filters = new FlexLayout(search, team, status, worker, openedFrom, openedTo, includeClosed);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("gap", "var(--lumo-space-m)");
    filters.getElement().setAttribute("role", "search");
    filters.getElement().setAttribute("aria-label", "Filter the case files");
    add(new H2("Case files"), filters, count, grid);
    setFlexGrow(1, grid);
    refresh();
  }

  CaseFileFilter filter() {
    return new CaseFileFilter(search.getValue(), team.getValue() == null ? null : team.getValue().code(),
        status.getValue(), worker.getValue(), openedFrom.getValue(), openedTo.getValue(), includeClosed.getValue());
  }

  /** Counts what the filter matches (a problem with it is shown on its field), then shows the first page. */
  void refresh() {
    openedTo.setInvalid(false);
    try {
      matching = caseFiles.countVisibleTo(me, filter());
      filterValid = true;
    } catch (IllegalArgumentException e) {
      matching = 0;
      filterValid = false;
      openedTo.setErrorMessage(e.getMessage());
      openedTo.setInvalid(true);
    }
    count.setText(String.format(Locale.UK, "%,d %s", matching, matching == 1 ? "file" : "files"));
    grid.getDataProvider().refreshAll();
  }
}
