package org.practiceassurance.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceassurance.casefile.Rosters.csv;
import static org.practiceassurance.casefile.Rosters.row;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.ui.CaseFilesView;
import org.practiceassurance.casefile.ui.RosterImportView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Browserless: a quality manager uploads a roster and reads what happened; people see the files in their scope. */
@SpringBootTest
class RosterImportViewTest {

  @Autowired ApplicationContext context;
  @Autowired CaseFiles caseFiles;
  @Autowired RosterImport rosterImport;
  @Autowired MultipartProperties multipart;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void cleanRoster() {
    Rosters.reset(jdbc);
  }

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private void openAs(Runnable signIn, String route) {
    signIn.run();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate(route);
  }

  private static String text(String id) {
    return _get(Span.class, spec -> spec.withId(id)).getText();
  }

  private static void upload(String fileName, String content) {
    UploadKt._upload(_get(Upload.class, spec -> spec.withId("roster-upload")), fileName, "text/csv",
        content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aQualityManagerUploadsARosterAndSeesTheSummaryAndTheRejectedRows() {
    openAs(TestUsers::qm1, "roster/import");
    NavigatorKt.expectView(RosterImportView.class);
    assertThat(text("open-count")).isEqualTo("Open case files now: 0");

    upload("roster.csv", csv(row("CF-1", "CF-STR-1", "sw1"), row("CF-2", "CF-STR-1", "sw1"),
        "CF-3,Bad,2015-03-02,ADOPTED,,CF-STR-1,,,,2024-01-15", "CF 4,Bad,2015-03-02,CIN,,CF-STR-1,,,,2024-01-15"));

    assertThat(text("rows-read")).isEqualTo("Rows read: 4");
    assertThat(text("created")).isEqualTo("Created: 2");
    assertThat(text("updated")).isEqualTo("Updated: 0");
    assertThat(text("unchanged")).isEqualTo("Unchanged: 0");
    assertThat(text("closed")).isEqualTo("Closed: 0");
    @SuppressWarnings("unchecked")
    Grid<RejectedRow> rejected = _get(Grid.class, spec -> spec.withId("rejected-rows"));
    assertThat(rejected.isVisible()).isTrue();
    assertThat(rejected.getGenericDataView().getItems()).containsExactly(
        new RejectedRow(4, "CF-3", "Unknown legal status \"ADOPTED\": use CIN, CP, CIC, CARE_LEAVER or EARLY_HELP."),
        new RejectedRow(5, "CF 4", "Child reference \"CF 4\" is not valid: use 2 to 40 letters, digits or dashes."));
    assertThat(text("open-count")).isEqualTo("Open case files now: 2");
    assertThat(caseFiles.find("CF-2")).isPresent();

    // The same file again, as a full import of one file: one closed, nothing rejected.
    _get(Checkbox.class, spec -> spec.withId("full-import")).setValue(true);
    upload("roster.csv", csv(row("CF-1", "CF-STR-1", "sw1")));
    assertThat(text("unchanged")).isEqualTo("Unchanged: 1");
    assertThat(text("closed")).isEqualTo("Closed: 1");
    assertThat(rejected.isVisible()).isFalse();
    assertThat(caseFiles.find("CF-2")).map(CaseFile::open).hasValue(false);
  }

  @Test
  void aBrokenFileIsExplainedAndChangesNothing() {
    openAs(TestUsers::qm1, "roster/import");

    upload("export.csv", "reference,name\nCF-1,Ann\n");

    Div error = _get(Div.class, spec -> spec.withId("import-error"));
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).startsWith("export.csv was not imported: The first line is not a header row.");
    _assertNone(VerticalLayout.class, spec -> spec.withId("import-summary"));
    _assertNone(Grid.class, spec -> spec.withId("rejected-rows"));
    assertThat(caseFiles.countOpen()).isZero();
  }

  @Test
  void theUploadTellsTheBrowserTheLargestFileTheServerTakes() {
    openAs(TestUsers::qm1, "roster/import");
    Upload upload = _get(Upload.class, spec -> spec.withId("roster-upload"));

    // Spring Boot's default multipart limit (1 MB) is below the import's own 20 MB: the browser
    // must refuse a larger file itself rather than the server dropping the upload silently.
    long limit = Math.min(multipart.getMaxFileSize().toBytes(), multipart.getMaxRequestSize().toBytes() - 16 * 1024);
    assertThat((long) upload.getMaxFileSize()).isEqualTo(Math.min(limit, 20L * 1024 * 1024));
    MultipartProperties raised = new MultipartProperties();
    raised.setMaxFileSize(DataSize.ofMegabytes(50));
    raised.setMaxRequestSize(DataSize.ofMegabytes(50));
    assertThat(RosterImportView.maxUploadBytes(raised)).isEqualTo(20L * 1024 * 1024);
  }

  @Test
  void onlyQualityManagersMayOpenTheImport() {
    openAs(TestUsers::tm1, "");
    assertThatThrownBy(() -> UI.getCurrent().navigate("roster/import")).isInstanceOf(MockAccessDeniedException.class);
  }

  @Test
  void aTeamManagerSeesTheirTeamsFilesAndAnAuditorCannotOpenTheList() {
    twoTeams();

    openAs(TestUsers::tm1, "case-files");
    NavigatorKt.expectView(CaseFilesView.class);
    @SuppressWarnings("unchecked")
    Grid<CaseFile> grid = _get(Grid.class, spec -> spec.withId("case-file-grid"));
    assertThat(grid.getGenericDataView().getItems()).extracting(CaseFile::childReference).containsExactly("CF-1", "CF-2");
    @SuppressWarnings("unchecked")
    ComboBox<Team> team = _get(ComboBox.class, spec -> spec.withId("team-filter"));
    assertThat(team.getGenericDataView().getItems()).extracting(Team::code).containsExactly("CF-STR-1");
    _get(Checkbox.class, spec -> spec.withId("include-closed")).setValue(true);
    assertThat(grid.getGenericDataView().getItems()).extracting(CaseFile::childReference)
        .containsExactly("CF-1", "CF-2", "CF-9");
    assertThat(text("case-file-count")).isEqualTo("3 files");
    BrowserlessUi.close();

    openAs(TestUsers::auditor1, "");
    assertThatThrownBy(() -> UI.getCurrent().navigate("case-files")).isInstanceOf(MockAccessDeniedException.class);
  }

  /** Two teams' files, one of them closed, imported the way a quality manager would. */
  private void twoTeams() {
    TestUsers.qm1();
    rosterImport.importCsv(Rosters.stream(csv(row("CF-1", "CF-STR-1", "sw1"), row("CF-2", "CF-STR-1", "sw1"),
        row("CF-9", "CF-STR-1", "sw1"), row("RA-1", "RA-GLO-1", "sw2"))), false);
    rosterImport.importCsv(Rosters.stream(csv(row("CF-1", "CF-STR-1", "sw1"), row("CF-2", "CF-STR-1", "sw1"),
        row("RA-1", "RA-GLO-1", "sw2"))), true);
    TestUsers.signOut();
  }
}
