package org.practiceassurance.surgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.Priority;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Every path of performance-surgery on the real engine, database and Keycloak: the morning tick applies
 * the fortnightly team calendar and the monthly service calendar, scheduling one surgery per scope with the right lead; a surgery is
 * prepared, held (its log in the action process) and closed; the next surgery of the scope must review
 * the earlier open actions (carried forward with a reason) before it can close.
 */
class SurgeryProcessTest extends KeycloakBackedTest {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RosterImport roster;
  @Autowired Surgeries surgeries;

  SurgeryFixtures county;

  @BeforeEach
  void aTeamInChildrenAndFamilies() {
    BpmnAwareTests.init(engine);
    county = new SurgeryFixtures(roster);
  }

  @AfterEach
  void tidy() {
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    TestUsers.signOut();
  }

  private Task task(long surgeryId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey("SG-" + surgeryId).taskDefinitionKey(key).singleResult();
  }

  private ProcessInstance process(long surgeryId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey("SG-" + surgeryId).singleResult();
  }

  @Autowired org.practiceassurance.surgery.internal.SurgeryCalendar calendar;

  /** The first day after today on which only the given calendar falls due. */
  private LocalDate nextDay(java.util.function.Predicate<LocalDate> wanted, java.util.function.Predicate<LocalDate> unwanted) {
    LocalDate day = LocalDate.now(UK).plusDays(1);
    while (!wanted.test(day) || unwanted.test(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The morning tick fires on that day (the engine's clock moved there). */
  private void tickOn(LocalDate day) {
    ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(7, 0).atZone(UK).toInstant()));
    try {
      Job timer = management.createJobQuery().activityId("calendar-tick").singleResult();
      assertThat(timer).as("the calendar's timer").isNotNull();
      management.executeJob(timer.getId());
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void theFortnightlyCalendarSchedulesASurgeryPerTeamLedByItsHeadOfService() {
    LocalDate quiet = nextDay(d -> !calendar.teamSurgeriesFallDue(d), calendar::serviceSurgeriesFallDue);
    SurgeryFixtures.hos1();
    long before = surgeries.visibleCount(SurgeryFilter.NONE);
    tickOn(quiet);
    SurgeryFixtures.hos1();
    assertThat(surgeries.visibleCount(SurgeryFilter.NONE)).as("nothing falls due on " + quiet).isEqualTo(before);

    LocalDate day = nextDay(calendar::teamSurgeriesFallDue, calendar::serviceSurgeriesFallDue);
    assertThat(calendar.teamSurgeriesFallDue(day.plusDays(14))).isTrue();
    assertThat(calendar.teamSurgeriesFallDue(day.plusDays(7))).isFalse();
    tickOn(day);
    assertThat(management.createJobQuery().activityId("calendar-tick").count()).isEqualTo(1); // the next morning
    SurgeryFixtures.hos1();
    SurgerySummary ours = surgeries.visibleRows(SurgeryFilter.NONE, Pageable.unpaged()).stream()
        .filter(s -> county.team.equals(s.teamCode())).findFirst().orElseThrow();
    assertThat(ours.lead()).isEqualTo("hos1");
    assertThat(ours.level()).isEqualTo(SurgeryLevel.TEAM);
    assertThat(ours.dueDate()).isEqualTo(day.plusDays(3));
    assertThat(ours.adHoc()).isFalse();
    Task prepare = task(ours.id(), "prepare-surgery");
    assertThat(prepare.getAssignee()).isEqualTo("hos1");
    assertThat(prepare.getDueDate()).isNotNull();
    // ticking again the same day schedules nothing twice
    long scheduled = surgeries.visibleCount(SurgeryFilter.NONE);
    tickOn(day);
    SurgeryFixtures.hos1();
    assertThat(surgeries.visibleCount(SurgeryFilter.NONE)).isEqualTo(scheduled);
  }

  @Test
  void theMonthlyCalendarSchedulesAServiceSurgeryLedByADirector() {
    LocalDate day = nextDay(calendar::serviceSurgeriesFallDue, calendar::teamSurgeriesFallDue);
    tickOn(day);
    SurgeryFixtures.director1();
    SurgerySummary cf = surgeries.visibleRows(SurgeryFilter.NONE, Pageable.unpaged()).stream()
        .filter(s -> s.level() == SurgeryLevel.SERVICE && s.serviceCode().equals("CF") && s.dueDate().equals(day.plusDays(3)))
        .findFirst().orElseThrow();
    assertThat(cf.lead()).isEqualTo("director1");
    assertThat(task(cf.id(), "prepare-surgery").getAssignee()).isEqualTo("director1");
  }

  @Test
  void aSurgeryIsPreparedHeldAndItsOpenActionsAreReviewedAtTheNextOne() {
    SurgeryFixtures.hos1();
    long first = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(UK));
    ProcessInstance firstProcess = process(first);
    assertThat(firstProcess).isWaitingAt("prepare-surgery");
    assertThatThrownBy(() -> surgeries.prepare(task(first, "prepare-surgery").getId(), " "))
        .isInstanceOf(InvalidSurgery.class);
    surgeries.prepare(task(first, "prepare-surgery").getId(), "hos1 (chair), tm1, performance analyst");
    assertThat(firstProcess).isWaitingAt("hold-surgery");

    String teamAction = surgeries.logAction(first, new LogActionRequest("Supervision backlog cleared by month end", "tm1",
        LocalDate.now(UK).plusDays(14), "hos1", null, Priority.HIGH));
    String childAction = surgeries.logAction(first, new LogActionRequest("Visit and see the child alone this week", "sw1",
        LocalDate.now(UK).plusDays(7), "hos1", county.child1, null));
    surgeries.note(first, "SUPERVISION_IN_TIME", "Dropped two months running");
    assertThatThrownBy(() -> surgeries.note(first, "NO_SUCH_INDICATOR", "x")).isInstanceOf(InvalidSurgery.class);
    surgeries.close(task(first, "hold-surgery").getId());
    assertThat(firstProcess).isEnded().hasPassed("surgery-held");
    SurgeryDetails held = surgeries.details(first);
    assertThat(held.summary().status()).isEqualTo(SurgeryStatus.HELD);
    assertThat(held.log()).extracting(a -> a.action().id()).containsExactly(teamAction, childAction);
    assertThat(held.log()).extracting(a -> a.action().childReference()).containsExactly(null, county.child1);
    assertThat(held.log()).allSatisfy(a -> assertThat(a.accountableHeadOfService()).isEqualTo("hos1"));
    assertThat(held.notes()).containsEntry("SUPERVISION_IN_TIME", "Dropped two months running");

    long second = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(UK).plusDays(14));
    surgeries.prepare(task(second, "prepare-surgery").getId(), "hos1, tm1");
    assertThat(surgeries.pack(second).openActions()).extracting(c -> c.logged().action().id())
        .containsExactly(teamAction, childAction);
    assertThatThrownBy(() -> surgeries.close(task(second, "hold-surgery").getId()))
        .isInstanceOfSatisfying(InvalidSurgery.class, e -> assertThat(e.getMessage()).contains(teamAction, childAction));
    assertThatThrownBy(() -> surgeries.reviewCarried(second, teamAction, ReviewOutcome.RESOLVED, null))
        .isInstanceOfSatisfying(InvalidSurgery.class, e -> assertThat(e.errors()).containsKey("outcome"));
    assertThatThrownBy(() -> surgeries.reviewCarried(second, teamAction, ReviewOutcome.CARRIED_FORWARD, " "))
        .isInstanceOfSatisfying(InvalidSurgery.class, e -> assertThat(e.errors()).containsKey("reason"));
    surgeries.reviewCarried(second, teamAction, ReviewOutcome.CARRIED_FORWARD, "Two agency workers start next week");
    surgeries.reviewCarried(second, childAction, ReviewOutcome.CARRIED_FORWARD, "Visit booked for Thursday");
    surgeries.close(task(second, "hold-surgery").getId());
    assertThat(surgeries.details(second).carried()).extracting(CarriedAction::reason)
        .containsExactly("Two agency workers start next week", "Visit booked for Thursday");
    // still open, so the third surgery of the team reviews them again
    long third = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(UK).plusDays(28));
    assertThat(surgeries.details(third).carried()).hasSize(2).allSatisfy(c -> assertThat(c.reviewed()).isFalse());
  }

  @Test
  void onlyTheRightPeopleSeeCallAndRecordASurgery() {
    SurgeryFixtures.hos2();
    assertThatThrownBy(() -> surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(UK)))
        .hasMessageContaining("head of service CF");
    SurgeryFixtures.hos1();
    long id = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(UK));
    surgeries.prepare(task(id, "prepare-surgery").getId(), "hos1");
    SurgeryFixtures.hos2();
    assertThatThrownBy(() -> surgeries.details(id)).hasMessageContaining("not yours to see");
    assertThat(surgeries.visibleRows(SurgeryFilter.NONE, Pageable.unpaged())).extracting(SurgerySummary::id)
        .doesNotContain(id);
    SurgeryFixtures.director1();
    assertThat(surgeries.details(id).summary().lead()).isEqualTo("hos1");
    assertThatThrownBy(() -> surgeries.logAction(id, new LogActionRequest("x", "tm1", LocalDate.now(UK), "hos1", null, null)))
        .hasMessageContaining("Only the surgery's lead, hos1");

    SurgeryFixtures.hos1();
    assertThatThrownBy(() -> surgeries.logAction(id, new LogActionRequest("Audit the plans", "tm1", LocalDate.now(UK), " ",
        "NOPE-1", null))).isInstanceOfSatisfying(InvalidSurgery.class,
        e -> assertThat(e.errors()).containsOnlyKeys("accountableHeadOfService", "childReference"));
    assertThatThrownBy(() -> surgeries.logAction(id, new LogActionRequest("", "", LocalDate.now(UK).minusDays(1), "hos1",
        null, null))).isInstanceOfSatisfying(InvalidSurgery.class,
        e -> assertThat(e.errors()).containsKeys("description", "owner", "dueDate"));
    assertThat(surgeries.details(id).log()).isEmpty();
  }

  @Test
  void aChildIsEscalatedAndADipSampleAskedForFromTheSurgery() {
    SurgeryFixtures.hos1();
    long id = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(UK));
    surgeries.prepare(task(id, "prepare-surgery").getId(), "hos1");
    long concern = surgeries.escalate(id, county.child2, "Three missing episodes, no return-home interviews");
    surgeries.requestDipSample(id, "RETURN_HOME_INTERVIEWS", 10, "Are return-home interviews happening at all?");
    SurgeryDetails details = surgeries.details(id);
    assertThat(details.escalations()).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo(concern);
      assertThat(e.childReference()).isEqualTo(county.child2);
      assertThat(e.source()).isEqualTo("SURGERY");
    });
    assertThat(details.dipSamples()).singleElement().satisfies(d -> assertThat(d.themeCode()).isEqualTo("RETURN_HOME_INTERVIEWS"));
    Task design = tasks.createTaskQuery().taskDefinitionKey("design-requested")
        .processVariableValueEquals("requestSource", "SURGERY:" + id).singleResult();
    assertThat(design).isNotNull();
    assertThat(runtime.getVariable(design.getProcessInstanceId(), "teamCode")).isEqualTo(county.team);
    assertThatThrownBy(() -> surgeries.requestDipSample(id, "NO_SUCH", 10, "x")).isInstanceOf(InvalidSurgery.class);
    assertThatThrownBy(() -> surgeries.escalate(id, "CF-NOT-THERE", "x")).isInstanceOf(InvalidSurgery.class);
    runtime.deleteProcessInstance(design.getProcessInstanceId(), "test over");
  }

}
