package org.practiceassurance.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.Actions;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.concern.ConcernFilter;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The CSV exports hold exactly what the person's screens show, and nothing a spreadsheet would run. */
@SpringBootTest
class ExportsTest {

  @Autowired Exports exports;
  @Autowired Actions actions;
  @Autowired ConcernRegister concerns;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void teams() {
    InsightFixtures.teams(rosterImport);
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private List<CSVRecord> export(Exports.Kind kind) throws Exception {
    StringWriter out = new StringWriter();
    exports.write(kind, out);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString()))
        .getRecords();
  }

  @Test
  void theRegistersExportHoldsTheRegistersRowsForEachPerson() throws Exception {
    InsightFixtures rows = new InsightFixtures(jdbc);
    LocalDate today = LocalDate.now(InsightFixtures.UK);
    String formula = rows.action("CF-INS-1", "sw.ins-1", "OPEN", today.plusDays(3), InsightFixtures.noon(today), null);
    jdbc.update("update pa.action set description = '=HYPERLINK(\"http://evil\",\"click\")' where id = ?", formula);
    rows.concern("CF-INS-1", "OPEN", InsightFixtures.noon(today));

    for (Runnable user : List.<Runnable>of(TestUsers::qm1, TestUsers::tm1,
        () -> TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null),
        () -> TestUsers.signIn("sw.ins-1", List.of("social-worker"), "CF", "CF-INS-1"))) {
      user.run();
      List<CSVRecord> exported = export(Exports.Kind.ACTIONS);
      assertThat(exported).extracting(r -> r.get("action_id"))
          .containsExactlyElementsOf(actions.registerRows(RegisterFilter.NONE, Pageable.unpaged()).stream().map(a -> a.id())
              .toList());
      assertThat(export(Exports.Kind.CONCERNS)).extracting(r -> Long.parseLong(r.get("concern_id")))
          .containsExactlyElementsOf(concerns.visibleRows(ConcernFilter.NONE, Pageable.unpaged()).stream().map(c -> c.id())
              .toList());
    }
    TestUsers.qm1();
    CSVRecord row = export(Exports.Kind.ACTIONS).stream().filter(r -> r.get("action_id").equals(formula)).findFirst()
        .orElseThrow();
    assertThat(row.get("description")).as("a formula is defused").isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
  }

  @Test
  @Transactional
  void theAuditsExportFollowsTheAuditsListsRuleWithEachAreasGrade() throws Exception {
    InsightFixtures rows = new InsightFixtures(jdbc);
    long mine = rows.audit("RA-INS-1", "auditor1", "CLOSED", Grade.GOOD, Grade.OUTSTANDING,
        InsightFixtures.noon(LocalDate.of(2015, 8, 1)), "SAMPLE");
    jdbc.update("insert into pa.audit_area (audit_id, area, grade) values (?, 'PLANNING', 'GOOD'), (?, 'RECORDING', 'INADEQUATE')",
        mine, mine);
    long theirs = rows.audit("CF-INS-1", "auditor2", "CLOSED", Grade.GOOD, Grade.GOOD,
        InsightFixtures.noon(LocalDate.of(2015, 8, 1)), null);

    TestUsers.auditor1();
    List<CSVRecord> auditor = export(Exports.Kind.AUDITS);
    assertThat(auditor).extracting(r -> r.get("auditor")).containsOnly("auditor1");
    CSVRecord row = auditor.stream().filter(r -> r.get("audit_id").equals(String.valueOf(mine))).findFirst().orElseThrow();
    assertThat(row.get("planning")).isEqualTo("GOOD");
    assertThat(row.get("recording")).isEqualTo("INADEQUATE");
    assertThat(row.get("supervision")).isEmpty();
    assertThat(row.get("auditor_grade")).isEqualTo("GOOD");
    assertThat(row.get("final_grade")).isEqualTo("OUTSTANDING");

    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThat(export(Exports.Kind.AUDITS)).extracting(r -> r.get("audit_id")).contains(String.valueOf(theirs))
        .doesNotContain(String.valueOf(mine));
    TestUsers.signIn("moderator1", List.of("moderator"), "QA", "QA-AUDIT");
    assertThat(export(Exports.Kind.AUDITS)).extracting(r -> r.get("audit_id"))
        .contains(String.valueOf(theirs), String.valueOf(mine));
  }

  @Test
  void dipSampleResultsAreExportedPerQuestionForThoseWhoMayReadThem() throws Exception {
    long sample = new InsightFixtures(jdbc).dipSample("PROTECTION", "Protection export", 1,
        InsightFixtures.noon(LocalDate.of(2015, 9, 1)), new String[][] {{"CF-INS-1", "YES", "NO"}, {"CF-INS-2", "PARTLY", "NO"}});

    TestUsers.qm1();
    List<CSVRecord> rows = export(Exports.Kind.DIP_SAMPLE_RESULTS).stream()
        .filter(r -> r.get("dip_sample_id").equals(String.valueOf(sample))).toList();
    CSVRecord first = rows.get(0);
    assertThat(first.get("question")).isEqualTo("1");
    assertThat(first.get("yes")).isEqualTo("1");
    assertThat(first.get("partly")).isEqualTo("1");
    assertThat(first.get("compliance")).isEqualTo("0.7500");
    assertThat(rows.get(1).get("compliance")).isEqualTo("0.0000");

    TestUsers.tm1();
    assertThat(export(Exports.Kind.DIP_SAMPLE_RESULTS)).as("a team manager leads no sample").isEmpty();
  }
}
