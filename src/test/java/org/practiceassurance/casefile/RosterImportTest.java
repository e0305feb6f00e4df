package org.practiceassurance.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.practiceassurance.casefile.Rosters.csv;
import static org.practiceassurance.casefile.Rosters.row;
import static org.practiceassurance.casefile.Rosters.stream;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The roster import against the real PostgreSQL: the CSV rules, the upsert, full imports, refusals. */
@SpringBootTest
class RosterImportTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired RosterImport rosterImport;
  @Autowired CaseFiles caseFiles;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void cleanRosterAsQualityManager() {
    Rosters.reset(jdbc);
    TestUsers.qm1();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private ImportReport importCsv(String text, boolean full) {
    return rosterImport.importCsv(stream(text), full);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from pa." + table, Integer.class);
  }

  @Test
  void everyBadRowIsReportedWithItsLineAndReasonAndTheGoodRowsLand() {
    String future = TODAY.plusYears(1).toString();
    ImportReport report = importCsv(csv(
        /* 2 */ "CF-1001,Amy Good,2015-03-02,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 3 */ ",No Reference,2015-03-02,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 4 */ "CF-1002,Bad Status,2015-03-02,ADOPTED,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 5 */ "CF-1003,Bad Date,2015-02-30,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 6 */ "CF-1004,Not Born,"  + future + ",CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 7 */ "CF-1005,Opened Early,2015-03-02,CP,CF,CF-STR-1,Stroud,sw1,tm1,2014-12-31",
        /* 8 */ "CF-1006,No Team,2015-03-02,CIN,CF,,Stroud,sw1,tm1,2024-01-15",
        /* 9 */ "CF-1007,Unknown Team,2015-03-02,CIN,CF,Stroud Family Support,Stroud,sw1,tm1,2024-01-15",
        /* 10 */ "CF 1008,Malformed,2015-03-02,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 11 */ "cf-1009,Bo Good,02/03/2015,cp,cf,cf-str-1,stroud,SW1,TM1,15/01/2024",
        /* 12 */ "CF-1010,Wrong Service,2015-03-02,CIN,RA,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 13 */ "CF-1011,Bad Locality,2015-03-02,CIN,CF,CF-STR-1,Strod,sw1,tm1,2024-01-15",
        /* 14 */ "CF-1012,Too Few Fields,2015-03-02",
        /* 15 */ "X,Too Short,2015-03-02,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15",
        /* 16 */ "CF-1013,,not-a-date,,,CF-STR-1,,,,"), false);

    assertThat(report.rowsRead()).isEqualTo(15);
    assertThat(report.created()).isEqualTo(2);
    assertThat(report.updated() + report.unchanged() + report.closed()).isZero();
    assertThat(report.rejected()).extracting(RejectedRow::lineNumber, RejectedRow::childReference).containsExactly(
        tuple(3, ""), tuple(4, "CF-1002"), tuple(5, "CF-1003"), tuple(6, "CF-1004"), tuple(7, "CF-1005"),
        tuple(8, "CF-1006"), tuple(9, "CF-1007"), tuple(10, "CF 1008"), tuple(12, "CF-1010"), tuple(13, "CF-1011"),
        tuple(14, "CF-1012"), tuple(15, "X"), tuple(16, "CF-1013"));
    assertThat(report.rejected()).extracting(RejectedRow::reason).satisfiesExactly(
        r -> assertThat(r).isEqualTo("Missing child reference."),
        r -> assertThat(r).isEqualTo("Unknown legal status \"ADOPTED\": use CIN, CP, CIC, CARE_LEAVER or EARLY_HELP."),
        r -> assertThat(r).isEqualTo("Date of birth \"2015-02-30\" is not a date: use yyyy-mm-dd or dd/mm/yyyy."),
        r -> assertThat(r).isEqualTo("Date of birth " + future + " is in the future."),
        r -> assertThat(r).isEqualTo("Date opened 2014-12-31 is before the date of birth 2015-03-02."),
        r -> assertThat(r).isEqualTo("Missing team."),
        r -> assertThat(r).isEqualTo("Unknown team \"Stroud Family Support\": use a team code like CF-STR-1 or the"
            + " name of a known team."),
        r -> assertThat(r).isEqualTo("Child reference \"CF 1008\" is not valid: use 2 to 40 letters, digits or dashes."),
        r -> assertThat(r).isEqualTo("Team CF-STR-1 belongs to service CF, not RA."),
        r -> assertThat(r).startsWith("Unknown locality \"Strod\": use Cheltenham, Cotswold, Forest of Dean,"),
        r -> assertThat(r).isEqualTo("The row has 3 fields but the header row has 10 (is a value with a comma in it"
            + " missing its quotes?)."),
        r -> assertThat(r).isEqualTo("Child reference \"X\" is not valid: use 2 to 40 letters, digits or dashes."),
        r -> assertThat(r).contains("Date of birth \"not-a-date\" is not a date").contains("Missing legal status.")
            .contains("Missing date opened."));

    assertThat(caseFiles.find("CF-1001")).hasValue(new CaseFile("CF-1001", "Amy Good", LocalDate.of(2015, 3, 2),
        LegalStatus.CIN, "CF", "CF-STR-1", "Stroud", "sw1", "tm1", LocalDate.of(2024, 1, 15), true));
    assertThat(caseFiles.find("CF-1009")).hasValue(new CaseFile("CF-1009", "Bo Good", LocalDate.of(2015, 3, 2),
        LegalStatus.CP, "CF", "CF-STR-1", "Stroud", "sw1", "tm1", LocalDate.of(2024, 1, 15), true));
    assertThat(caseFiles.find("CF-1002")).isEmpty();
    assertThat(count("case_file")).isEqualTo(2);
    assertThat(caseFiles.team("CF-STR-1")).hasValue(
        new Team("CF-STR-1", "Children & Families Stroud 1", "CF", "Stroud", "tm1"));
  }

  @Test
  void aByteOrderMarkQuotedCommasBlankLinesAndCrlfAreReadWithPhysicalLineNumbers() {
    String text = "\uFEFFTEAM,Child Reference,legal status,Date_Of_Birth,date-opened,display_name,service,locality,"
        + "allocated_worker,team_manager\r\n"                                                          // line 1
        + "\r\n"                                                                                       // line 2
        + "CF-STR-1,CF-2001,CIN,2016-05-06,2024-02-01,\"Smith, \"\"Jo\"\" Ann\",CF,Stroud,sw1,tm1\r\n"  // line 3
        + "\r\n"                                                                                       // line 4
        + "   \r\n"                                                                                    // line 5
        + "CF-STR-1,CF-2002,CP,2016-05-06,2024-02-01,\"Two\r\nLines\",CF,Stroud,sw1,tm1\r\n"             // lines 6-7
        + "CF-STR-1,CF-2003,WHATEVER,2016-05-06,2024-02-01,Bad,CF,Stroud,sw1,tm1\r\n"                   // line 8
        + "\r\n"                                                                                       // line 9
        + "CF-STR-1,CF-2004,Care Leaver,2001-05-06,2019-05-06,\"\",CF,Stroud,,tm1";                    // line 10, no EOL

    ImportReport report = importCsv(text, false);

    assertThat(report.rowsRead()).isEqualTo(4);
    assertThat(report.created()).isEqualTo(3);
    assertThat(report.rejected()).singleElement().satisfies(r -> {
      assertThat(r.lineNumber()).isEqualTo(8);
      assertThat(r.childReference()).isEqualTo("CF-2003");
      assertThat(r.reason()).startsWith("Unknown legal status \"WHATEVER\"");
    });
    assertThat(caseFiles.find("CF-2001")).map(CaseFile::displayName).hasValue("Smith, \"Jo\" Ann");
    assertThat(caseFiles.find("CF-2002")).map(CaseFile::displayName).hasValue("Two\r\nLines");
    assertThat(caseFiles.find("CF-2004")).hasValueSatisfying(f -> {
      assertThat(f.legalStatus()).isEqualTo(LegalStatus.CARE_LEAVER);
      assertThat(f.displayName()).isNull();
      assertThat(f.allocatedWorker()).as("unallocated").isNull();
    });
  }

  @Test
  void aReferenceTwiceInOneFileKeepsTheFirstLineAndRejectsTheLaterOnes() {
    ImportReport report = importCsv(csv(
        /* 2 */ row("CF-3001", "CF-STR-1", "sw1"),
        /* 3 */ row("CF-3002", "CF-STR-1", "sw1"),
        /* 4 */ row("CF-3001", "CF-STR-2", "sw9"),
        /* 5 */ row("cf-3001", "CF-STR-1", "sw1"),
        /* 6 */ "CF-3003,Bad,2015-03-02,NOPE,,CF-STR-1,,,,2024-01-15",
        /* 7 */ row("CF-3003", "CF-STR-1", "sw1")), false);

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.rejected()).extracting(RejectedRow::lineNumber, RejectedRow::reason).containsExactly(
        tuple(4, "Child reference CF-3001 already appears on line 2; only that line is imported."),
        tuple(5, "Child reference CF-3001 already appears on line 2; only that line is imported."),
        tuple(6, "Unknown legal status \"NOPE\": use CIN, CP, CIC, CARE_LEAVER or EARLY_HELP."),
        tuple(7, "Child reference CF-3003 already appears on line 6; only that line is imported."));
    assertThat(caseFiles.find("CF-3001")).map(CaseFile::teamCode).hasValue("CF-STR-1");
    assertThat(caseFiles.find("CF-3003")).isEmpty();
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    String file = csv(row("CF-6001", "CF-STR-1", "sw1"), row("CF-6002", "CF-GLO-1", "sw.cf-glo-1.1"),
        "RA-6003,Cy,2012-01-01,CP,RA,RA-GLO-1,Gloucester,sw.ra-glo-1.2,auditor2,2025-06-01");
    assertThat(importCsv(file, true)).isEqualTo(new ImportReport(3, 3, 0, 0, 0, List.of()));
    Timestamp updatedAt = jdbc.queryForObject(
        "select last_updated_at from pa.case_file where child_reference = 'CF-6001'", Timestamp.class);

    assertThat(importCsv(file, false)).isEqualTo(new ImportReport(3, 0, 0, 3, 0, List.of()));
    assertThat(importCsv(file, true)).isEqualTo(new ImportReport(3, 0, 0, 3, 0, List.of()));
    assertThat(jdbc.queryForObject("select last_updated_at from pa.case_file where child_reference = 'CF-6001'",
        Timestamp.class)).isEqualTo(updatedAt);
    assertThat(count("case_file")).isEqualTo(3);
    assertThat(jdbc.queryForList("select imported_by from pa.roster_import", String.class))
        .containsExactly("qm1", "qm1", "qm1");

    // A changed row is an update, and only that row.
    ImportReport changed = importCsv(file.replace("CF-6002,Test Child", "CF-6002,Renamed Child"), false);
    assertThat(changed).isEqualTo(new ImportReport(3, 0, 1, 2, 0, List.of()));
    assertThat(caseFiles.find("CF-6002")).map(CaseFile::displayName).hasValue("Renamed Child");
  }

  @Test
  void aFullImportClosesTheOpenFilesItNoLongerListsAndNeverDeletesThem() {
    importCsv(csv(row("CF-4001", "CF-STR-1", "sw1"), row("CF-4002", "CF-STR-1", "sw1"),
        row("CF-4003", "CF-STR-1", "sw1"), row("CF-4004", "CF-STR-1", "sw1"), row("CF-4005", "CF-STR-1", "sw1"),
        row("CF-4006", "CF-STR-1", "sw1")), false);

    ImportReport full = importCsv(csv(row("CF-4001", "CF-STR-1", "sw1"), row("CF-4002", "CF-STR-1", "sw1"),
        row("CF-4003", "CF-STR-1", "sw1"), row("CF-4004", "CF-STR-1", "sw2"),
        "CF-4005,Listed But Bad,2015-03-02,UNKNOWN,,CF-STR-1,,,,2024-01-15", row("CF-4007", "CF-STR-2", "sw1")), true);

    assertThat(full.created()).isEqualTo(1);
    assertThat(full.updated()).isEqualTo(1);
    assertThat(full.unchanged()).isEqualTo(3);
    assertThat(full.closed()).as("CF-4006 only: CF-4005 is listed, if badly").isEqualTo(1);
    assertThat(full.rejected()).extracting(RejectedRow::lineNumber).containsExactly(6);
    assertThat(count("case_file")).as("never deleted").isEqualTo(7);
    assertThat(caseFiles.find("CF-4006")).map(CaseFile::open).hasValue(false);
    assertThat(caseFiles.find("CF-4005")).map(CaseFile::open).hasValue(true);
    assertThat(jdbc.queryForObject("select closed_on from pa.case_file where child_reference = 'CF-4006'",
        java.sql.Date.class).toLocalDate()).isEqualTo(TODAY);
    assertThat(caseFiles.openFiles("CF-STR-1")).extracting(CaseFile::childReference)
        .containsExactly("CF-4001", "CF-4002", "CF-4003", "CF-4004", "CF-4005");
    assertThat(caseFiles.countOpen()).isEqualTo(6);

    // Listed again later: reopened, the same row.
    ImportReport again = importCsv(csv(row("CF-4006", "CF-STR-1", "sw1")), false);
    assertThat(again.updated()).isEqualTo(1);
    assertThat(caseFiles.find("CF-4006")).map(CaseFile::open).hasValue(true);
    assertThat(jdbc.queryForObject("select closed_on from pa.case_file where child_reference = 'CF-4006'",
        java.sql.Date.class)).isNull();
    assertThat(count("case_file")).isEqualTo(7);
  }

  @Test
  void aFullImportThatWouldCloseMoreThanHalfTheOpenFilesIsRefusedWhole() {
    importCsv(csv(row("CF-4101", "CF-STR-1", "sw1"), row("CF-4102", "CF-STR-1", "sw1"),
        row("CF-4103", "CF-STR-1", "sw1"), row("CF-4104", "CF-STR-1", "sw1")), false);

    assertThatThrownBy(() -> importCsv(csv(row("CF-4101", "CF-STR-1", "sw9"), row("CF-4199", "CF-STR-1", "sw1")), true))
        .isInstanceOfSatisfying(RosterFileRejected.class, e -> {
          assertThat(e.title()).isEqualTo("Full import refused");
          assertThat(e.getMessage()).contains("would close 3 of the 4 open case files").contains("Nothing was changed");
        });

    assertThat(caseFiles.countOpen()).isEqualTo(4);
    assertThat(caseFiles.find("CF-4101")).map(CaseFile::allocatedWorker).hasValue("sw1");
    assertThat(caseFiles.find("CF-4199")).isEmpty();
    assertThat(count("roster_import")).isEqualTo(1);

    // Exactly half is allowed.
    assertThat(importCsv(csv(row("CF-4101", "CF-STR-1", "sw1"), row("CF-4102", "CF-STR-1", "sw1")), true).closed())
        .isEqualTo(2);
  }

  @Test
  void aFileOfOnlyBadRowsChangesNothingAndAFullImportOfItClosesNothing() {
    importCsv(csv(row("CF-4201", "CF-STR-1", "sw1"), row("CF-4202", "CF-STR-1", "sw1")), false);

    ImportReport report = importCsv(csv("not a reference,x,2015-03-02,CIN,,CF-STR-1,,,,2024-01-15",
        "CF-4299,x,2015-03-02,CIN,,,,,,2024-01-15"), true);

    assertThat(report).isEqualTo(new ImportReport(2, 0, 0, 0, 0, report.rejected()));
    assertThat(report.rejected()).hasSize(2);
    assertThat(caseFiles.countOpen()).isEqualTo(2);
  }

  @Test
  void aStructurallyBrokenFileIsRefusedWholeWithAClearMessage() {
    assertThatThrownBy(() -> importCsv("child_reference,display_name,legal_status,service,date_opened\n"
        + row("CF-7001", "CF-STR-1", "sw1") + "\n", false))
        .isInstanceOfSatisfying(RosterFileRejected.class, e -> {
          assertThat(e.title()).isEqualTo("Missing columns");
          assertThat(e.missingColumns()).containsExactly("date_of_birth", "team");
          assertThat(e.getMessage()).startsWith("The header row lacks the required columns date_of_birth, team.");
        });
    assertThatThrownBy(() -> importCsv(row("CF-7001", "CF-STR-1", "sw1") + "\n" + row("CF-7002", "CF-STR-1", "sw1"), false))
        .isInstanceOfSatisfying(RosterFileRejected.class, e -> {
          assertThat(e.title()).isEqualTo("No header row");
          assertThat(e.getMessage()).contains("child_reference,display_name,date_of_birth");
        });
    assertThatThrownBy(() -> importCsv("\uFEFF\r\n\r\n", false))
        .isInstanceOfSatisfying(RosterFileRejected.class, e -> assertThat(e.title()).isEqualTo("Empty file"));
    assertThatThrownBy(() -> importCsv(csv(row("CF-7001", "CF-STR-1", "sw1"), "CF-7002,\"never closed,2015-03-02"), false))
        .isInstanceOfSatisfying(RosterFileRejected.class, e -> {
          assertThat(e.title()).isEqualTo("Not a CSV file");
          assertThat(e.getMessage()).contains("after line 2");
        });
    assertThatThrownBy(() -> importCsv(Rosters.HEADER + ",Team\n" + row("CF-7001", "CF-STR-1", "sw1"), false))
        .isInstanceOfSatisfying(RosterFileRejected.class, e -> assertThat(e.title()).isEqualTo("Duplicate column"));
    byte[] latin1 = csv("CF-7003,Zoë,2015-03-02,CIN,,CF-STR-1,,,,2024-01-15").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> rosterImport.importCsv(new ByteArrayInputStream(latin1), false))
        .isInstanceOfSatisfying(RosterFileRejected.class, e -> {
          assertThat(e.title()).isEqualTo("Not UTF-8");
          assertThat(e.getMessage()).contains("line 2");
        });

    assertThat(count("case_file")).isZero();
    assertThat(count("team")).isZero();
    assertThat(count("roster_import")).isZero();
  }

  @Test
  void onlyAQualityManagerMayImportAndARefusalChangesNothing() {
    TestUsers.auditor1();
    assertThatThrownBy(() -> importCsv(csv(row("CF-8001", "CF-STR-1", "sw1")), true))
        .isInstanceOf(AccessDeniedException.class);
    TestUsers.tm1();
    assertThatThrownBy(() -> importCsv(csv(row("CF-8001", "CF-STR-1", "sw1")), false))
        .isInstanceOf(AccessDeniedException.class);
    TestUsers.signOut();
    assertThatThrownBy(() -> importCsv(csv(row("CF-8001", "CF-STR-1", "sw1")), false))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

    assertThat(count("case_file")).isZero();
    assertThat(count("roster_import")).isZero();
  }

  @Test
  void aFailureHalfWayThroughLeavesNothingHalfWritten() {
    importCsv(csv(row("CF-5000", "CF-STR-1", "sw1")), false);
    jdbc.execute("create or replace function pa.test_fail_insert() returns trigger language plpgsql as"
        + " $$ begin raise exception 'simulated failure half-way through an import'; end $$");
    jdbc.execute("create trigger test_fail_insert before insert on pa.case_file for each row"
        + " when (new.child_reference = 'BOOM-1') execute function pa.test_fail_insert()");
    try {
      assertThatThrownBy(() -> importCsv(csv(row("CF-5000", "CF-STR-1", "sw2"), row("CF-5001", "CF-NEW-1", "sw1"),
          row("BOOM-1", "CF-STR-1", "sw1"), row("CF-5002", "CF-STR-1", "sw1")), true))
          .rootCause().hasMessageContaining("simulated failure half-way through an import");
    } finally {
      jdbc.execute("drop trigger test_fail_insert on pa.case_file");
      jdbc.execute("drop function pa.test_fail_insert()");
    }

    assertThat(jdbc.queryForList("select child_reference from pa.case_file", String.class)).containsExactly("CF-5000");
    assertThat(caseFiles.find("CF-5000")).map(CaseFile::allocatedWorker).hasValue("sw1");
    assertThat(caseFiles.team("CF-NEW-1")).isEmpty();
    assertThat(count("roster_import")).isEqualTo(1);
  }

  @Test
  void aColumnLeftOutOfTheFileLeavesItsFieldAsItWasAndTeamsAreFoundByName() {
    importCsv(csv("CF-9001,Amy,2015-03-02,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-15"), false);

    ImportReport report = importCsv("child_reference,date_of_birth,legal_status,team,date_opened\n"
        + "CF-9001,2015-03-02,CP,Children & Families Stroud 1,2024-01-15\n"
        + "CF-9002,2016-03-02,CIN,CF-STR-1,2024-02-15\n", false);

    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.created()).isEqualTo(1);
    assertThat(caseFiles.find("CF-9001")).hasValue(new CaseFile("CF-9001", "Amy", LocalDate.of(2015, 3, 2),
        LegalStatus.CP, "CF", "CF-STR-1", "Stroud", "sw1", "tm1", LocalDate.of(2024, 1, 15), true));
    assertThat(caseFiles.find("CF-9002")).hasValue(new CaseFile("CF-9002", null, LocalDate.of(2016, 3, 2),
        LegalStatus.CIN, "CF", "CF-STR-1", "Stroud", null, "tm1", LocalDate.of(2024, 2, 15), true));
  }
}
