package org.practiceassurance.casefile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * service or their team), filtered by team and legal status. Auditors and moderators have no
 * organisational scope (they see the files of the audits given to them), so the view is not theirs.
 */
@Route("case-files")
@PageTitle("Case files | Practice Assurance")
@Menu(title = "Case files", order = 25, icon = "vaadin:folder-open")
@RolesAllowed({Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN, Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER,
    Roles.SOCIAL_WORKER})
public class CaseFilesView extends VerticalLayout {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

  final ComboBox<Team> team = new ComboBox<>("Team");
  final Select<LegalStatus> status = new Select<>();
  final Checkbox includeClosed = new Checkbox("Include closed files");
  final Span count = new Span();
  final Grid<CaseFile> grid = new Grid<>(CaseFile.class, false);

  private final CaseFiles caseFiles;
  private final UserIdentity me;

  public CaseFilesView(CaseFiles caseFiles, CurrentUser currentUser) {
    this.caseFiles = caseFiles;
    this.me = currentUser.get();
    setSizeFull();

    List<Team> teams = caseFiles.teamsVisibleTo(me);
    team.setId("team-filter");
    team.setItems(teams);
    team.setItemLabelGenerator(t -> t.code() + " · " + t.name());
    team.setClearButtonVisible(true);
    team.setPlaceholder("All teams");
    team.setWidth("22em");
    status.setId("status-filter");
    status.setLabel("Legal status");
    status.setItems(LegalStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Any");
    includeClosed.setId("include-closed");
    count.setId("case-file-count");

    grid.setId("case-file-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addColumn(CaseFile::childReference).setHeader("Reference").setAutoWidth(true).setSortable(true);
    grid.addColumn(f -> f.displayName() == null ? "" : f.displayName()).setHeader("Name").setAutoWidth(true);
    grid.addColumn(f -> DATE.format(f.dateOfBirth())).setHeader("Born").setAutoWidth(true)
        .setComparator(CaseFile::dateOfBirth);
    grid.addColumn(CaseFile::legalStatus).setHeader("Status").setAutoWidth(true).setSortable(true);
    grid.addColumn(CaseFile::teamCode).setHeader("Team").setAutoWidth(true).setSortable(true);
    grid.addColumn(f -> f.allocatedWorker() == null ? "Unallocated" : f.allocatedWorker())
        .setHeader("Allocated worker").setAutoWidth(true).setSortable(true);
    grid.addColumn(f -> DATE.format(f.dateOpened())).setHeader("Opened").setAutoWidth(true)
        .setComparator(CaseFile::dateOpened);
    grid.addColumn(f -> f.open() ? "Open" : "Closed").setHeader("").setAutoWidth(true);

    team.addValueChangeListener(e -> refresh());
    status.addValueChangeListener(e -> refresh());
    includeClosed.addValueChangeListener(e -> refresh());

    HorizontalLayout filters = new HorizontalLayout(team, status, includeClosed, count);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(new H2("Case files"), filters, grid);
    refresh();
  }

  void refresh() {
    List<CaseFile> files = caseFiles.visibleTo(me, new CaseFileFilter(
        team.getValue() == null ? null : team.getValue().code(), status.getValue(), includeClosed.getValue()));
    grid.setItems(files);
    count.setText(files.size() + (files.size() == 1 ? " file" : " files"));
  }
}
