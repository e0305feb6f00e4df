package org.practiceassurance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly programme with the real auditors from Keycloak: files drawn per team by rule, shared
 * out evenly, never to an auditor who manages the team; launched into assigned audits; the monthly
 * timer drafts one for a quality manager to review.
 */
class AuditProgrammesTest extends KeycloakBackedTest {

  @Autowired AuditProgrammes programmes;
  @Autowired RosterImport roster;
  @Autowired CaseFiles caseFiles;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CaseFileAudits audits;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  String stamp;

  @BeforeEach
  void twoTeamsInTheRoster() {
    stamp = String.valueOf(System.nanoTime() % 1_000_000);
    StringBuilder csv = new StringBuilder(
        "child_reference,display_name,date_of_birth,legal_status,service,team,locality,allocated_worker,team_manager,date_opened\n");
    for (int i = 0; i < 4; i++) {
      csv.append("PG-RA-").append(stamp).append('-').append(i).append(",,2014-01-0").append(i + 1)
          .append(",CIN,RA,PG").append(stamp).append("-RA,Gloucester,sw.ra,auditor2,2024-03-01\n");
      csv.append("PG-CF-").append(stamp).append('-').append(i).append(",,2013-02-0").append(i + 1)
          .append(",CP,CF,PG").append(stamp).append("-CF,Stroud,sw1,tm1,2024-03-01\n");
    }
    TestUsers.qm1();
    assertThat(roster.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), false)
        .rejected()).isEmpty();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private Set<String> ourTeams() {
    return Set.of("PG" + stamp + "-RA", "PG" + stamp + "-CF");
  }

  @Test
  void filesAreDrawnPerTeamSharedEvenlyAndNeverGivenToTheirTeamsManager() {
    ProgrammeDraft draft = programmes.draft(YearMonth.now(), LocalDate.now().plusDays(20),
        new ProgrammeRules(2, ourTeams(), Set.of(), 6));

    Map<String, Long> perTeam = draft.items().stream().collect(Collectors.groupingBy(ProgrammeDraft.Item::teamCode, Collectors.counting()));
    assertThat(perTeam).containsEntry("PG" + stamp + "-RA", 2L).containsEntry("PG" + stamp + "-CF", 2L);
    assertThat(draft.items()).filteredOn(i -> i.teamCode().endsWith("-RA")).allMatch(i -> i.auditor().equals("auditor1"));
    Map<String, Long> load = draft.items().stream().collect(Collectors.groupingBy(ProgrammeDraft.Item::auditor, Collectors.counting()));
    assertThat(load).containsOnlyKeys("auditor1", "auditor2").containsEntry("auditor2", 2L);
  }

  @Test
  void theRulesFilterByLegalStatusAndLeaveOutRecentlyAuditedFiles() {
    audits.start(caseFiles.find("PG-CF-" + stamp + "-0").orElseThrow(), "auditor1", LocalDate.now().plusDays(5));

    ProgrammeDraft draft = programmes.draft(YearMonth.now(), LocalDate.now().plusDays(20),
        new ProgrammeRules(10, ourTeams(), Set.of(org.practiceassurance.casefile.LegalStatus.CP), 6));

    assertThat(draft.items()).extracting(ProgrammeDraft.Item::childReference)
        .allMatch(ref -> ref.startsWith("PG-CF-")).doesNotContain("PG-CF-" + stamp + "-0").hasSize(3);
  }

  @Test
  void theDraftLeavesOutAChildWithAnOpenAuditAndTheLaunchRefusesOneStartedSince() {
    long open = audits.start(caseFiles.find("PG-CF-" + stamp + "-0").orElseThrow(), "auditor1", LocalDate.now().plusDays(5));
    jdbc.update("update pa.audit set created_at = now() - interval '3 months' where id = ?", open); // not "recent"

    ProgrammeDraft draft = programmes.draft(YearMonth.now(), LocalDate.now().plusDays(20),
        new ProgrammeRules(10, ourTeams(), Set.of(), 1));

    assertThat(draft.items()).extracting(ProgrammeDraft.Item::childReference).hasSize(7)
        .doesNotContain("PG-CF-" + stamp + "-0");
    ProgrammeDraft.Item last = draft.items().get(draft.items().size() - 1);
    audits.start(caseFiles.find(last.childReference()).orElseThrow(), null, LocalDate.now().plusDays(5));

    assertThatThrownBy(() -> programmes.launch(draft.id())).isInstanceOf(CaseFileAudits.InvalidAuditRequest.class)
        .hasMessageContaining(last.childReference() + " already has an open audit");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(draft.items().get(0).childReference()).count())
        .as("nothing of the programme was launched").isZero();
    assertThat(programmes.programme(draft.id()).status()).isEqualTo("DRAFT");
  }

  @Test
  void aManagerCannotBeGivenTheirOwnTeamAndLaunchingStartsAssignedAudits() {
    ProgrammeDraft draft = programmes.draft(YearMonth.now(), LocalDate.now().plusDays(20),
        new ProgrammeRules(1, ourTeams(), Set.of(), 6));
    ProgrammeDraft.Item raFile = draft.items().stream().filter(i -> i.teamCode().endsWith("-RA")).findFirst().orElseThrow();

    assertThatThrownBy(() -> programmes.reassign(draft.id(), raFile.index(), "auditor2"))
        .isInstanceOf(CaseFileAudits.InvalidAuditRequest.class).hasMessageContaining("manages team");
    assertThatThrownBy(() -> programmes.reassign(draft.id(), raFile.index(), "sw1"))
        .hasMessageContaining("not an auditor");

    ProgrammeDraft launched = programmes.launch(draft.id());

    assertThat(launched.status()).isEqualTo("LAUNCHED");
    assertThat(launched.items()).allSatisfy(item -> {
      assertThat(item.auditId()).isNotNull();
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(item.childReference())
          .taskDefinitionKey("complete-audit").taskAssignee(item.auditor()).count()).isEqualTo(1);
    });
    assertThatThrownBy(() -> programmes.launch(draft.id())).hasMessageContaining("already been launched");
  }

  @Test
  void theMonthlyTimerDraftsAProgrammeForAQualityManagerToReviewAndLaunch() {
    var timer = management.createJobQuery().processDefinitionKey("audit-programme").timers().singleResult();
    assertThat(timer).as("the monthly timer is scheduled").isNotNull();

    management.executeJob(timer.getId());

    var review = tasks.createTaskQuery().taskDefinitionKey("review-programme").initializeFormKeys()
        .orderByTaskCreateTime().desc().list().get(0);
    assertThat(review.getFormKey()).isEqualTo("route:audits/programme");
    ProgrammeDraft draft = programmes.programmeOfTask(review.getId()).orElseThrow();
    assertThat(draft.status()).isEqualTo("DRAFT");
    assertThat(draft.items()).isNotEmpty();

    programmes.launch(draft.id());
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isZero();
  }
}
