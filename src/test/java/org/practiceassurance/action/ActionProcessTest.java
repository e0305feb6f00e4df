package org.practiceassurance.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.internal.ActionRepository;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.TaskAccessDeniedException;
import org.practiceassurance.workflow.TaskListService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of the action process on the real engine, database, SMTP server (GreenMail) and
 * Keycloak (who heads which service, whose address is whose): done and verified; reopened; the
 * reminder; overdue escalation; closing while the escalation is still open; segregation of duties.
 */
class ActionProcessTest extends KeycloakBackedTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired GreenMail smtp;
  @Autowired TaskListService taskList;
  @Autowired org.practiceassurance.workflow.TaskInbox inbox;
  @Autowired Actions actions;
  @Autowired ActionRepository repository;
  @Autowired TransactionTemplate transactions;
  @Autowired ActionWork work;

  @BeforeEach
  void init() throws Exception {
    BpmnAwareTests.init(engine);
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  /**
   * Raised the way every source raises it ({@link Actions#raise}): due 31 January 2031, so due at
   * 17:00 London time (GMT) and reminded three days before at 09:00.
   */
  private ProcessInstance raise(String owner) {
    String id = actions.raise(new ActionRequest("AUDIT", "AUD-" + System.nanoTime(), "CF-104233",
        "Update the child's plan with the health actions", owner, "auditor1", "CF", "CF-STR-1",
        LocalDate.of(2031, 1, 31), Priority.HIGH));
    ProcessInstance action = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("action").singleResult();
    assertThat(runtime.getVariables(action.getId())).containsAllEntriesOf(Map.of(
        "actionId", id, "owner", owner, "raisedBy", "auditor1", "serviceCode", "CF", "teamCode", "CF-STR-1",
        "dueDate", "2031-01-31T17:00:00Z", "reminderDate", "2031-01-28T09:00:00Z"));
    return action;
  }

  private ActionStatus statusOf(ProcessInstance action) {
    String sourceId = repository.findById(action.getBusinessKey()).orElseThrow().sourceId();
    return actions.bySource("AUDIT", sourceId).get(0).status();
  }

  private List<ActionHistoryItem> historyOf(ProcessInstance action) {
    return transactions.execute(tx -> repository.findById(action.getBusinessKey()).orElseThrow().history());
  }

  @Test
  void theOwnerDoesItAndTheTeamManagerVerifiesAndClosesIt() {
    ProcessInstance action = raise("sw1");

    assertThat(action).isWaitingAt("carry-out-action");
    assertThat(task(action)).isAssignedTo("sw1").hasFormKey("route:actions/carry-out")
        .hasDueDate(java.util.Date.from(java.time.Instant.parse("2031-01-31T17:00:00Z")));
    complete(task(action));

    assertThat(action).isWaitingAt("verify-action");
    assertThat(task(action)).hasCandidateGroup("team-manager:CF-STR-1").hasCandidateGroup("head-of-service:CF")
        .hasCandidateUser("auditor1").hasFormKey("route:actions/verify");
    complete(task(action), withVariables("verified", true));

    assertThat(action).hasPassed("action-closed").isEnded();
  }

  @Test
  void aReopenedActionGoesBackToItsOwner() {
    ProcessInstance action = raise("sw1");
    complete(task(action));

    complete(task(action), withVariables("verified", false, "dueDate", "2031-02-28T17:00:00Z"));

    assertThat(action).isWaitingAt("carry-out-action");
    assertThat(task(action)).isAssignedTo("sw1");
    assertThat(task(action).getDueDate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2031-02-28T17:00:00Z")));
  }

  @Test
  void theReminderEmailsTheOwnerAndTheActionStaysWithThem() throws Exception {
    ProcessInstance action = raise("sw1");

    execute(job("reminder-due", action));

    assertThat(action).hasPassed("send-reminder").isWaitingAt("carry-out-action");
    MimeMessage reminder = only(smtp.getReceivedMessages());
    assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("sw1@example.org");
    assertThat(reminder.getSubject()).contains("Reminder").contains("31 January 2031");
  }

  @Test
  void atTheDueDateTheHeadOfServiceIsEmailedAndAskedToChaseAndClosingEndsTheChase() throws Exception {
    ProcessInstance action = raise("sw1");

    assertThat(statusOf(action)).isEqualTo(ActionStatus.OPEN);
    execute(job("action-overdue", action));

    assertThat(action).hasPassed("mark-overdue", "escalate-overdue").isWaitingAt("carry-out-action", "chase-overdue-action");
    assertThat(statusOf(action)).isEqualTo(ActionStatus.OVERDUE);
    assertThat(historyOf(action)).extracting(ActionHistoryItem::kind).containsExactly(ActionHistoryItem.Kind.RAISED, ActionHistoryItem.Kind.OVERDUE);
    MimeMessage escalation = only(smtp.getReceivedMessages());
    assertThat(escalation.getAllRecipients()[0].toString()).isEqualTo("hos1@example.org");
    assertThat(escalation.getSubject()).contains("Overdue action owned by sw1");
    assertThat(taskQuery().processInstanceId(action.getId()).taskDefinitionKey("chase-overdue-action").singleResult())
        .hasCandidateGroup("head-of-service:CF").hasFormKey("route:actions/chase");

    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThat(myWork()).anyMatch(t -> action.getBusinessKey().equals(t.businessKey())
        && t.name().equals("Chase overdue action"));
    TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null);
    assertThat(myWork()).noneMatch(t -> action.getBusinessKey().equals(t.businessKey()));

    complete(taskQuery().processInstanceId(action.getId()).taskDefinitionKey("carry-out-action").singleResult());
    complete(taskQuery().processInstanceId(action.getId()).taskDefinitionKey("verify-action").singleResult(),
        withVariables("verified", true));

    assertThat(action).isEnded();
  }

  @Test
  void theHeadOfServiceRecordsHowTheOverdueActionWasChasedWhileTheOwnerStillHasIt() {
    ProcessInstance action = raise("sw1");
    execute(job("action-overdue", action));
    String chase = taskQuery().processInstanceId(action.getId()).taskDefinitionKey("chase-overdue-action")
        .singleResult().getId();

    TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null);
    assertThatThrownBy(() -> work.recordChase(chase, "Not my service")).isInstanceOf(TaskAccessDeniedException.class);
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThatThrownBy(() -> work.recordChase(chase, "  ")).isInstanceOfSatisfying(InvalidActionException.class,
        e -> assertThat(e.errors()).containsOnlyKeys("text"));
    assertThat(work.chase(chase).action().status()).isEqualTo(ActionStatus.OVERDUE);
    work.recordChase(chase, "Spoke to sw1: the health assessment came late; plan by Friday");

    assertThat(action).hasPassed("chase-overdue-action").isWaitingAt("carry-out-action");
    assertThat(historyOf(action)).last().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(ActionHistoryItem.Kind.CHASED);
      assertThat(h.actor()).isEqualTo("hos1");
      assertThat(h.text()).startsWith("Spoke to sw1");
    });
    assertThat(statusOf(action)).as("still with its owner, still overdue").isEqualTo(ActionStatus.OVERDUE);
  }

  @Test
  void anOwnerWhoHandsTheirActionBackCanTakeItAgainAndNobodyElseCan() {
    ProcessInstance action = raise("sw1");
    String carryOut = task(action).getId();
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    taskList.unclaim(carryOut);
    assertThat(task(action)).isNotAssigned();

    TestUsers.tm1();
    assertThatThrownBy(() -> taskList.claim(carryOut)).isInstanceOf(TaskAccessDeniedException.class);
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1");
    assertThat(myWork()).anyMatch(t -> t.id().equals(carryOut));
    taskList.claim(carryOut);

    assertThat(task(action)).isAssignedTo("sw1");
  }

  @Test
  void theOwnerCannotVerifyTheirOwnActionEvenAsTheTeamManager() {
    ProcessInstance action = raise("tm1");
    complete(task(action));
    String verifyTask = task(action).getId();

    TestUsers.tm1();
    assertThat(myWork()).noneMatch(t -> t.id().equals(verifyTask));
    assertThatThrownBy(() -> taskList.claim(verifyTask)).isInstanceOf(TaskAccessDeniedException.class)
        .hasMessageContaining("someone other than you");
    assertThat(task(action).getAssignee()).isNull();

    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    taskList.claim(verifyTask);
    taskList.complete(verifyTask, java.util.Map.of("verified", true));
    assertThat(action).isEnded();
  }

  @Test
  void aTeamManagerOfAnotherTeamIsNotOfferedTheVerification() {
    ProcessInstance action = raise("sw1");
    complete(task(action));
    String verifyTask = task(action).getId();

    TestUsers.auditor2(); // team manager of RA-GLO-1
    assertThat(myWork()).noneMatch(t -> t.id().equals(verifyTask));
    assertThatThrownBy(() -> taskList.claim(verifyTask)).isInstanceOf(TaskAccessDeniedException.class);

    TestUsers.auditor1(); // raised it: offered as a candidate user
    assertThat(myWork()).anyMatch(t -> t.id().equals(verifyTask));
  }

  @Test
  void aProcessAboutAnActionThatIsNotStoredFailsAtTheOverdueInsteadOfSilentlyDisagreeing() {
    ProcessInstance orphan = runtime.startProcessInstanceByKey("action", "A-NOT-STORED", withVariables(
        "actionId", "A-NOT-STORED", "owner", "sw1", "raisedBy", "auditor1", "serviceCode", "CF",
        "teamCode", "CF-STR-1", "dueDate", "2031-01-31T17:00:00Z", "reminderDate", "2031-01-28T09:00:00Z"));

    assertThatThrownBy(() -> execute(job("action-overdue", orphan))).hasMessageContaining("A-NOT-STORED")
        .hasMessageContaining("not stored");
    assertThat(orphan).isWaitingAt("carry-out-action").hasNotPassed("escalate-overdue");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    runtime.deleteProcessInstance(orphan.getId(), "test clean-up: an action process with no stored action");
  }

  private static MimeMessage only(MimeMessage[] messages) {
    assertThat(messages).as("emails sent: %s", Arrays.toString(messages)).hasSize(1);
    return messages[0];
  }

  /** Everything in my work now, page after page. */
  private java.util.List<org.practiceassurance.workflow.WorkTask> myWork() {
    return org.practiceassurance.support.TaskLists.everything(inbox, org.practiceassurance.workflow.TaskView.MY_WORK);
  }
}
