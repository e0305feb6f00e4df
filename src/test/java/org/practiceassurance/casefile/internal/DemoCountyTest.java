package org.practiceassurance.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.ImportReport;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.casefile.Rosters;
import org.practiceassurance.casefile.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dev demo county, generated and loaded by calling the loader directly (demo data is off in
 * tests): 4,000 open files in 40 teams over the six localities, the demo users in place, through
 * the same import code, the same county every time.
 */
@SpringBootTest
class DemoCountyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Autowired RosterImporter importer;
  @Autowired CaseFileRepository files;
  @Autowired CaseFiles caseFiles;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  @AfterEach // 4,000 files would otherwise stay in the database the other test classes share
  void emptyRoster() {
    Rosters.reset(jdbc);
  }

  @Test
  void theDemoCountyIsRealisticAndHasTheDemoUsersInPlace() {
    DemoCountyLoader loader = new DemoCountyLoader(importer, files);

    long started = System.nanoTime();
    ImportReport report = loader.load(TODAY).orElseThrow();
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("Demo county generated and imported in %d ms%n", millis); // a figure, not a test

    assertThat(report.rejected()).isEmpty();
    assertThat(report.created()).isEqualTo(DemoCounty.FILES);
    assertThat(caseFiles.countOpen()).isEqualTo(4000);
    List<Team> teams = caseFiles.teams();
    assertThat(teams).hasSize(40);
    assertThat(teams).extracting(Team::locality).containsOnly(
        "Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury")
        .contains("Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury");
    assertThat(teams).extracting(Team::serviceCode).contains("FD", "RA", "CF", "CIC", "CL", "DIS", "EH", "YJ");
    assertThat(caseFiles.team("CF-STR-1")).hasValue(
        new Team("CF-STR-1", "Children & Families Stroud 1", "CF", "Stroud", "tm1"));
    assertThat(caseFiles.team("RA-GLO-1")).map(Team::managerUsername).hasValue("auditor2");
    assertThat(caseFiles.team("FD-GLO-1")).map(Team::name).hasValue("Front Door/MASH Gloucester 1");

    List<CaseFile> stroud1 = caseFiles.openFiles("CF-STR-1");
    assertThat(stroud1.stream().filter(f -> "sw1".equals(f.allocatedWorker()))).hasSize(20);
    assertThat(stroud1).allSatisfy(f -> assertThat(f.teamManager()).isEqualTo("tm1"));
    assertThat(caseFiles.find("CF-104233")).map(CaseFile::teamCode).hasValue("CF-STR-1");
    assertThat(caseFiles.find("CF-104871")).map(CaseFile::allocatedWorker).hasValue("sw1");
    assertThat(caseFiles.find("RA-220914")).isPresent();
    assertThat(caseFiles.find("CF-200001")).isPresent();

    // Plausible: statuses fit the service, ages fit the status, nobody opened before birth or in the future.
    assertThat(caseFiles.openFiles(List.of("CL-GLO-1"), null)).allSatisfy(f -> {
      assertThat(f.legalStatus()).isEqualTo(LegalStatus.CARE_LEAVER);
      assertThat(f.dateOfBirth()).isBetween(TODAY.minusYears(26), TODAY.minusYears(18));
    });
    assertThat(caseFiles.openFiles(List.of("EH-FOD-1"), null)).extracting(CaseFile::legalStatus)
        .containsOnly(LegalStatus.EARLY_HELP);
    assertThat(caseFiles.openFiles(List.of("CIC-GLO-1"), null)).allSatisfy(f -> assertThat(f.dateOfBirth())
        .isBetween(TODAY.minusYears(18), TODAY.minusYears(11)));
    assertThat(caseFiles.openFiles(null, null)).allSatisfy(f -> {
      assertThat(f.dateOpened()).isAfterOrEqualTo(f.dateOfBirth()).isBeforeOrEqualTo(TODAY);
      assertThat(f.dateOfBirth()).isBefore(TODAY);
    });
    Map<String, Object> statusMix = jdbc.queryForMap("select count(*) filter (where legal_status = 'CP') as cp,"
        + " count(*) filter (where legal_status = 'CIC') as cic, count(*) filter (where allocated_worker is null) as"
        + " unallocated from pa.case_file where service_code = 'CF'");
    assertThat((Long) statusMix.get("cp")).isBetween(400L, 650L);
    assertThat((Long) statusMix.get("cic")).isBetween(250L, 500L);
    assertThat((Long) statusMix.get("unallocated")).isBetween(20L, 120L);

    assertThat(loader.load(TODAY)).as("only on an empty roster").isEmpty();
  }

  @Test
  void theSameDayGivesTheSameCountyAndReimportingItChangesNothing() {
    String csv = DemoCounty.csv(TODAY);
    assertThat(DemoCounty.csv(TODAY)).isEqualTo(csv);

    new DemoCountyLoader(importer, files).load(TODAY);
    ImportReport again = importer.apply(RosterCsv.parse(csv), true, "test");

    assertThat(again.unchanged()).isEqualTo(4000);
    assertThat(again.created() + again.updated() + again.closed() + again.rejected().size()).isZero();
  }
}
