package org.practiceassurance.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The actions register, scoped to each role and filtered in the database. Six actions across two
 * services and three teams; the overdue one turned overdue by its real timer (so Keycloak and SMTP
 * are involved: the head of service is emailed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionRegisterTest extends KeycloakBackedTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired Actions actions;
  @Autowired ActionWork work;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;

  String sw1Owns;        // CF / CF-STR-1, owner sw1, raised by auditor1, audit, done
  String tm1Owns;        // CF / CF-STR-1, owner tm1, raised by hos1, surgery, team-level
  String teamColleague;  // CF / CF-STR-1, owner sw9, raised by auditor1, overdue
  String otherCfTeam;    // CF / CF-GLO-2, owner sw7, raised by qm1
  String raService;      // RA / RA-GLO-1, owner auditor2, raised by qm1, dip sample
  String sw1Raised;      // RA / RA-GLO-1, owner sw8, raised by sw1

  @BeforeAll
  void raiseActionsAcrossTheCounty() {
    BpmnAwareTests.init(engine);
    LocalDate due = TODAY.plusDays(20);
    sw1Owns = actions.raise(new ActionRequest("AUDIT", "REG-AUD-1", "CF-104233", "Update the plan", "sw1",
        "auditor1", "CF", "CF-STR-1", due, Priority.HIGH));
    tm1Owns = actions.raise(new ActionRequest("SURGERY", "REG-SURG-1", null, "Supervision in time above 85%", "tm1",
        "hos1", "CF", "CF-STR-1", due, Priority.MEDIUM));
    teamColleague = actions.raise(new ActionRequest("AUDIT", "REG-AUD-2", "CF-104871", "Record the child's views",
        "sw9", "auditor1", "CF", "CF-STR-1", due, Priority.LOW));
    otherCfTeam = actions.raise(new ActionRequest("AUDIT", "REG-AUD-3", "CF-300001", "Visit within timescale",
        "sw7", "qm1", "CF", "CF-GLO-2", due, Priority.MEDIUM));
    raService = actions.raise(new ActionRequest("DIP_SAMPLE", "REG-DIP-1", "RA-220914", "Strategy discussion",
        "auditor2", "qm1", "RA", "RA-GLO-1", due, Priority.URGENT));
    sw1Raised = actions.raise(new ActionRequest("AUDIT", "REG-AUD-4", "RA-220915", "Re-referral reviewed",
        "sw8", "sw1", "RA", "RA-GLO-1", due, Priority.LOW));

    People.sw1();
    work.addProgress(sw1Owns, "Plan updated", null);
    work.markDone(tasks.createTaskQuery().processInstanceBusinessKey(sw1Owns).singleResult().getId(), null, null);
    TestUsers.signOut();
    execute(job("action-overdue", runtime.createProcessInstanceQuery().processInstanceBusinessKey(teamColleague)
        .singleResult()));
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private List<String> visible(RegisterFilter filter) {
    List<ActionSummary> rows = actions.registerRows(filter, Pageable.unpaged());
    assertThat(actions.registerCount(filter)).isEqualTo(rows.size());
    return rows.stream().map(ActionSummary::id).toList();
  }

  private List<String> mine() {
    return List.of(sw1Owns, tm1Owns, teamColleague, otherCfTeam, raService, sw1Raised);
  }

  private void assertSees(List<String> seen) {
    List<String> visible = visible(RegisterFilter.NONE);
    assertThat(visible).containsAll(seen);
    List<String> unseen = mine().stream().filter(id -> !seen.contains(id)).toList();
    if (!unseen.isEmpty()) {
      assertThat(visible).doesNotContainAnyElementsOf(unseen);
    }
  }

  @Test
  void aSocialWorkerSeesWhatTheyOwnOrRaisedNotTheirWholeTeam() {
    People.sw1();
    assertSees(List.of(sw1Owns, sw1Raised));
  }

  @Test
  void aTeamManagerSeesTheirTeam() {
    People.tm1();
    assertSees(List.of(sw1Owns, tm1Owns, teamColleague));
  }

  @Test
  void aHeadOfServiceSeesTheirServiceOnly() {
    People.hos1();
    assertSees(List.of(sw1Owns, tm1Owns, teamColleague, otherCfTeam));
    People.hos2();
    assertSees(List.of(raService, sw1Raised));
  }

  @Test
  void qualityManagersAndDirectorsSeeTheWholeCounty() {
    People.qm1();
    assertSees(mine());
    People.director1();
    assertSees(mine());
  }

  @Test
  void nobodySignedInSeesNothing() {
    assertThatThrownBy(() -> actions.register(RegisterFilter.NONE, PageRequest.of(0, 10)))
        .isInstanceOf(CurrentUser.NotSignedInException.class);
  }

  @Test
  void theFiltersNarrowWhatThePersonMaySee() {
    People.qm1();
    assertThat(visible(RegisterFilter.NONE.withOwner(" SW1 "))).contains(sw1Owns)
        .doesNotContain(tm1Owns, teamColleague, sw1Raised);
    assertThat(visible(RegisterFilter.NONE.withTeam("cf-glo-2")))
        .contains(otherCfTeam).doesNotContain(sw1Owns, raService);
    assertThat(visible(RegisterFilter.NONE.withService("RA")))
        .contains(raService, sw1Raised).doesNotContain(sw1Owns, otherCfTeam);
    assertThat(visible(RegisterFilter.NONE.withSource(ActionSource.SURGERY)))
        .contains(tm1Owns).doesNotContain(sw1Owns, raService);
    assertThat(visible(RegisterFilter.NONE.withSource(ActionSource.DIP_SAMPLE)))
        .contains(raService).doesNotContain(tm1Owns);
    assertThat(visible(RegisterFilter.NONE.withStatus(ActionStatus.DONE_AWAITING_VERIFICATION)))
        .contains(sw1Owns).doesNotContain(tm1Owns, teamColleague);
    assertThat(visible(RegisterFilter.NONE.withOverdueOnly(true)))
        .contains(teamColleague).doesNotContain(sw1Owns, tm1Owns, raService);
    assertThat(visible(new RegisterFilter(ActionStatus.OVERDUE, null, null, "CF-STR-1", "CF", ActionSource.AUDIT,
        "cf-104", TODAY, TODAY.plusDays(20), true)))
        .contains(teamColleague).doesNotContainAnyElementsOf(
            mine().stream().filter(id -> !id.equals(teamColleague)).toList());
  }

  @Test
  void theFiltersNeverWidenTheScope() {
    People.hos2();
    assertThat(visible(RegisterFilter.NONE.withService("CF"))).doesNotContainAnyElementsOf(mine());
    People.sw1();
    assertThat(visible(RegisterFilter.NONE.withOwner("sw9"))).doesNotContain(teamColleague);
  }

  @Test
  void theNewFiltersFindByChildRaiserAndDueDates() {
    People.qm1();
    assertThat(visible(RegisterFilter.NONE.withChild("ra-2209"))).contains(raService, sw1Raised)
        .doesNotContain(sw1Owns, tm1Owns, otherCfTeam);
    assertThat(visible(RegisterFilter.NONE.withChild("RA-220914"))).contains(raService).doesNotContain(sw1Raised);
    assertThat(visible(RegisterFilter.NONE.withChild("%"))).as("a wildcard is taken literally").isEmpty();
    assertThat(visible(RegisterFilter.NONE.withRaisedBy("QM1"))).contains(otherCfTeam, raService)
        .doesNotContain(sw1Owns, sw1Raised);
    assertThat(visible(RegisterFilter.NONE.withDue(TODAY.plusDays(20), TODAY.plusDays(20)))).containsAll(mine());
    assertThat(visible(RegisterFilter.NONE.withDue(TODAY.plusDays(21), null))).doesNotContainAnyElementsOf(mine());
    assertThat(visible(RegisterFilter.NONE.withDue(null, TODAY.plusDays(19)))).doesNotContainAnyElementsOf(mine());
    assertThatThrownBy(() -> actions.register(RegisterFilter.NONE.withDue(TODAY, TODAY.minusDays(1)), PageRequest.of(0, 5)))
        .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.errors()).containsOnlyKeys("dueTo"));
  }

  @Test
  void anUnknownSortColumnIsRefusedNotIgnored() {
    People.qm1();
    assertThatThrownBy(() -> actions.register(RegisterFilter.NONE, PageRequest.of(0, 5, Sort.by("processInstanceId"))))
        .isInstanceOfSatisfying(InvalidActionException.class, e -> assertThat(e.errorFor("sort"))
            .contains("\"processInstanceId\"").contains("dueDate"));
  }

  @Test
  void rowsComeSoonestDueFirstAndPageInTheDatabase() {
    People.qm1();
    List<ActionSummary> all = actions.registerRows(RegisterFilter.NONE, Pageable.unpaged());
    assertThat(all).extracting(ActionSummary::dueDate).isSorted();
    assertThat(actions.registerRows(RegisterFilter.NONE, PageRequest.of(1, 2))).containsExactlyElementsOf(all.subList(2, 4));
    assertThat(all).filteredOn(a -> a.id().equals(teamColleague)).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(ActionStatus.OVERDUE);
      assertThat(a.isOverdue(TODAY)).isTrue();
    });
  }
}
