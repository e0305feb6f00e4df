package org.practiceassurance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceassurance.indicator.IndicatorFixtures.stream;
import static org.practiceassurance.indicator.IndicatorFixtures.values;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Importing monthly values: every bad row reported with its physical line and why while the good
 * rows are imported, BOM, CRLF, blank lines and quoted commas and line breaks read right, the same
 * file twice changes nothing, and a file without the right header writes nothing at all.
 */
@SpringBootTest
class ValuesImportTest {

  private static final YearMonth NOW = YearMonth.now(ZoneId.of("Europe/London"));

  @Autowired Indicators indicators;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void county() {
    IndicatorFixtures.reset(jdbc);
    IndicatorFixtures.county(rosterImport);
    TestUsers.qm1();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  /** Four good rows among fourteen bad ones; line 18's quoted note runs over two lines. */
  private static String messyFile() {
    return "\uFEFFindicator,team,month,value,numerator,denominator,note\r\n"              // 1
        + "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,17,20,\"good, on target\"\r\n"     // 2
        + "\r\n"                                                                          // 3
        + "assessments_in_45_days,cf-str-2,2025-03,,9,15,\r\n"                            // 4
        + "NOT_AN_INDICATOR,CF-STR-1,2025-03,50,,,\r\n"                                   // 5
        + "SUPERVISION_IN_TIME,XX-NOPE-1,2025-03,80,,,\r\n"                               // 6
        + "SUPERVISION_IN_TIME,CF-STR-1,2025-13,80,,,\r\n"                                // 7
        + "SUPERVISION_IN_TIME,CF-STR-1," + NOW.plusMonths(1) + ",80,,,\r\n"              // 8
        + "SUPERVISION_IN_TIME,CF-STR-1,2025-03,eighty,,,\r\n"                            // 9
        + "SUPERVISION_IN_TIME,CF-STR-2,2025-03,105,,,\r\n"                               // 10
        + "SUPERVISION_IN_TIME,CF-GLO-1,2025-03,,12,10,\r\n"                              // 11
        + "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,90,,,\r\n"                             // 12
        + "CASELOAD_PER_WORKER,CF-STR-1,2025-03,19,95,,\r\n"                              // 13
        + "ASSESSMENTS_IN_45_DAYS,CF-GLO-1,2025-03,80,30,40,\r\n"                         // 14
        + "CASELOAD_PER_WORKER,CF-GLO-1,2025-03,22\r\n"                                   // 15
        + "CASELOAD_PER_WORKER,CF-STR-2,2025-03,15,60,4,\"quoted, \"\"comma\"\"\"\r\n"    // 16
        + "RE_REFERRAL_RATE,RA-STR-1,2025-03,22.5%,,,\r\n"                                // 17
        + "RE_REFERRAL_RATE,CF-STR-1,2025-03,-3,,,\"two\r\nlines\"\r\n"                   // 18-19
        + "REPEAT_CP_PLANS,CF-STR-1,2025-03,101,,,\r\n"                                   // 20
        + "ICPC_IN_TIME,CF-STR-1,2025-03,,0,0,\r\n";                                      // 21
  }

  private List<Map<String, Object>> stored() {
    return jdbc.queryForList("select indicator_code, team_code, cast(month as varchar) as month, value, numerator,"
        + " denominator, service_code, locality from pa.indicator_value order by indicator_code, team_code, month");
  }

  private static Map<String, Object> value(String indicator, String team, String month, double value, Double numerator,
      Double denominator, String service, String locality) {
    java.util.HashMap<String, Object> row = new java.util.HashMap<>();
    row.put("indicator_code", indicator);
    row.put("team_code", team);
    row.put("month", month);
    row.put("value", value);
    row.put("numerator", numerator);
    row.put("denominator", denominator);
    row.put("service_code", service);
    row.put("locality", locality);
    return row;
  }

  @Test
  void everyBadRowIsReportedByLineAndReasonAndOnlyTheGoodRowsAreWritten() {
    IndicatorImportReport report = indicators.importValues(stream(messyFile()), "march.csv");

    assertThat(report.fileName()).isEqualTo("march.csv");
    assertThat(report.rowsRead()).isEqualTo(18);
    assertThat(report.created()).isEqualTo(4);
    assertThat(report.updated()).isZero();
    assertThat(report.unchanged()).isZero();
    assertThat(report.rejected()).extracting(RejectedLine::lineNumber)
        .containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 20, 21);
    assertThat(report.rejected().get(0).reason()).startsWith("Unknown indicator \"NOT_AN_INDICATOR\": use one of the"
        + " catalogue's codes, ASSESSMENTS_IN_45_DAYS, CP_VISITS_IN_TIME,").endsWith(" or CP_PLANS_OVER_18_MONTHS.");
    assertThat(report.rejected().subList(1, report.rejected().size())).extracting(RejectedLine::reason).containsExactly(
        "Unknown team \"XX-NOPE-1\": no such team on the roster (use a team code like CF-STR-1).",
        "Month \"2025-13\" is not a month: use YYYY-MM, e.g. " + NOW + ".",
        "Month " + NOW.plusMonths(1) + " is in the future.",
        "Value \"eighty\" is not a number.",
        "Value 105 is outside 0 to 100 (SUPERVISION_IN_TIME is a percentage).",
        "Numerator 12 is more than the denominator 10.",
        "ASSESSMENTS_IN_45_DAYS for CF-STR-1 in 2025-03 already appears on line 2; each indicator, team and month"
            + " may appear once in a file.",
        "Give both the numerator and the denominator, or neither.",
        "Value 80 does not match the numerator and denominator (30 / 40 gives 75.0).",
        "The row has 4 fields but the header row has 7 (is a value with a comma in it missing its quotes?).",
        "Value -3 is outside 0 to 100 (RE_REFERRAL_RATE is a percentage).",
        "Value 101 is outside 0 to 100 (REPEAT_CP_PLANS is a percentage).",
        "Denominator 0 must be more than 0.");
    assertThat(report.rejected().get(11).row()).isEqualTo("RE_REFERRAL_RATE,CF-STR-1,2025-03,-3,,,two\r\nlines");

    assertThat(stored()).containsExactly(
        value("ASSESSMENTS_IN_45_DAYS", "CF-STR-1", "2025-03-01", 85, 17.0, 20.0, "CF", "Stroud"),
        value("ASSESSMENTS_IN_45_DAYS", "CF-STR-2", "2025-03-01", 60, 9.0, 15.0, "CF", "Stroud"),
        value("CASELOAD_PER_WORKER", "CF-STR-2", "2025-03-01", 15, 60.0, 4.0, "CF", "Stroud"),
        value("RE_REFERRAL_RATE", "RA-STR-1", "2025-03-01", 22.5, null, null, "RA", "Stroud"));
    assertThat(jdbc.queryForMap("select kind, file_name, imported_by, rows_read, created, rejected from pa.indicator_import"))
        .containsEntry("kind", "VALUES").containsEntry("file_name", "march.csv").containsEntry("imported_by", "qm1")
        .containsEntry("rows_read", 18).containsEntry("created", 4).containsEntry("rejected", 14);
  }

  @Test
  void importingTheSameFileAgainChangesNothingAndAChangedValueIsAnUpdate() {
    indicators.importValues(stream(messyFile()), "march.csv");
    List<Map<String, Object>> before = stored();

    IndicatorImportReport again = indicators.importValues(stream(messyFile()), "march.csv");

    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.rejected()).hasSize(14);
    assertThat(stored()).isEqualTo(before);

    IndicatorImportReport corrected = indicators.importValues(stream(values(
        "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,90,18,20",
        "ASSESSMENTS_IN_45_DAYS,CF-STR-2,2025-03,60,9,15",
        "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-04,80,,")), "corrected.csv");

    assertThat(corrected.created()).isEqualTo(1);
    assertThat(corrected.updated()).isEqualTo(1);
    assertThat(corrected.unchanged()).isEqualTo(1);
    assertThat(corrected.rejected()).isEmpty();
    assertThat(jdbc.queryForObject("select value from pa.indicator_value where indicator_code = 'ASSESSMENTS_IN_45_DAYS'"
        + " and team_code = 'CF-STR-1' and month = date '2025-03-01'", Double.class)).isEqualTo(90.0);
    assertThat(jdbc.queryForObject("select count(*) from pa.indicator_value", Integer.class)).isEqualTo(5);
  }

  @Test
  void aFileWithoutTheRightHeaderIsRefusedWholeAndWritesNothing() {
    indicators.importValues(stream(values("ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,17,20")), "good.csv");
    List<Map<String, Object>> before = stored();

    assertThatThrownBy(() -> indicators.importValues(stream(
        "indicator,team,month,numerator\nASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,17\n"), "no-value.csv"))
        .isInstanceOfSatisfying(IndicatorFileRejected.class, e -> {
          assertThat(e.title()).isEqualTo("Missing columns");
          assertThat(e.missingColumns()).containsExactly("value");
          assertThat(e.getMessage()).isEqualTo("The header row lacks the required column value. Expected columns:"
              + " indicator,team,month,value,numerator,denominator.");
        });
    assertThatThrownBy(() -> indicators.importValues(stream("ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,90,18,20\n"),
        "no-header.csv"))
        .isInstanceOfSatisfying(IndicatorFileRejected.class, e -> assertThat(e.title()).isEqualTo("No header row"));
    assertThatThrownBy(() -> indicators.importValues(stream("indicator,team,month,value,value\n"), "twice.csv"))
        .isInstanceOfSatisfying(IndicatorFileRejected.class, e -> assertThat(e.title()).isEqualTo("Duplicate column"));
    assertThatThrownBy(() -> indicators.importValues(stream("\n\n"), "empty.csv"))
        .isInstanceOfSatisfying(IndicatorFileRejected.class, e -> assertThat(e.title()).isEqualTo("Empty file"));
    assertThatThrownBy(() -> indicators.importValues(new java.io.ByteArrayInputStream(
        new byte[] {'i', 'n', 'd', (byte) 0xC3, '\n'}), "latin1.csv"))
        .isInstanceOfSatisfying(IndicatorFileRejected.class, e -> assertThat(e.title()).isEqualTo("Not UTF-8"));

    assertThat(stored()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from pa.indicator_import", Integer.class)).isEqualTo(1);
  }

  @Test
  void aFailureWhileWritingLeavesNothingHalfWritten() {
    indicators.importValues(stream(values("ASSESSMENTS_IN_45_DAYS,CF-GLO-1,2025-03,75,30,40")), "first.csv");
    // The new CF-STR-1 value is inserted before the CF-GLO-1 value is updated; the update then fails.
    jdbc.execute("create function pa.test_refuse_update() returns trigger language plpgsql as"
        + " $$ begin raise exception 'refused by test'; end $$");
    jdbc.execute("create trigger test_refuse_update before update on pa.indicator_value"
        + " for each row execute function pa.test_refuse_update()");
    try {
      assertThatThrownBy(() -> indicators.importValues(stream(values(
          "ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,17,20",
          "ASSESSMENTS_IN_45_DAYS,CF-GLO-1,2025-03,80,32,40")), "second.csv"))
          .hasRootCauseMessage("ERROR: refused by test\n  Where: PL/pgSQL function pa.test_refuse_update() line 1 at RAISE");
    } finally {
      jdbc.execute("drop trigger test_refuse_update on pa.indicator_value");
      jdbc.execute("drop function pa.test_refuse_update()");
    }

    assertThat(stored()).containsExactly(
        value("ASSESSMENTS_IN_45_DAYS", "CF-GLO-1", "2025-03-01", 75, 30.0, 40.0, "CF", "Gloucester"));
    assertThat(jdbc.queryForList("select file_name from pa.indicator_import", String.class)).containsExactly("first.csv");
  }

  @Test
  void onlyQualityManagersAndAdministratorsImport() {
    TestUsers.tm1();
    assertThatThrownBy(() -> indicators.importValues(stream(values("ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,,")),
        "tm.csv")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> indicators.importExceptions(stream(IndicatorFixtures.exceptions(
        "NOT_SEEN_IN_TIMESCALE,CF-1,CF-STR-1,2025-03,")), "tm.csv")).isInstanceOf(AccessDeniedException.class);
    assertThat(jdbc.queryForObject("select count(*) from pa.indicator_value", Integer.class)).isZero();

    TestUsers.admin1();
    assertThat(indicators.importValues(stream(values("ASSESSMENTS_IN_45_DAYS,CF-STR-1,2025-03,85,,")), "admin.csv")
        .created()).isEqualTo(1);
  }
}
