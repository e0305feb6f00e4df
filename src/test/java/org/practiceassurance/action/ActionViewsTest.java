package org.practiceassurance.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.internal.ActionRepository;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.action.ui.ActionsRegisterView;
import org.practiceassurance.action.ui.CarryOutActionView;
import org.practiceassurance.action.ui.VerifyActionView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.workflow.ui.TaskListView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Browserless (Karibu, real access control, real services and database): the register's filters,
 * the owner's form and the verifier's form, their field-level messages, refusals shown in place and
 * a conflict that keeps what the person typed.
 */
@SpringBootTest
class ActionViewsTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;
  @Autowired Actions actions;
  @Autowired ActionWork work;
  @Autowired ActionRepository repository;
  @Autowired TaskService tasks;

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private void openAs(Runnable signIn) {
    signIn.run();
    BrowserlessUi.open(context);
  }

  private String taskOf(String actionId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(actionId).processDefinitionKey("action")
        .taskDefinitionKeyIn("carry-out-action", "verify-action").singleResult().getId();
  }

  private ActionStatus statusOf(String actionId) {
    return repository.findById(actionId).orElseThrow().status();
  }

  private String doneBySw1() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    People.sw1();
    work.markDone(taskOf(id), "Plan updated with the health actions", null);
    TestUsers.signOut();
    return id;
  }

  private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  private static void click(String buttonId) {
    ButtonKt._click(byId(Button.class, buttonId));
  }

  @SuppressWarnings("unchecked")
  private static List<String> registerRows() {
    Grid<ActionSummary> grid = byId(Grid.class, "action-grid");
    return grid.getLazyDataView().getItems().map(ActionSummary::id).toList();
  }

  // ---- the register ----

  @Test
  @SuppressWarnings("unchecked")
  void theRegisterIsScopedAndEachFilterNarrowsIt() {
    String sw1s = actions.raise(new ActionRequest("AUDIT", "VIEW-AUD-1", "CF-104233", "Update the plan", "sw1",
        "auditor1", "CF", "CF-STR-1", TODAY.plusDays(9), Priority.HIGH));
    String tm1s = actions.raise(new ActionRequest("SURGERY", "VIEW-SURG-1", null, "Supervision in time", "tm1",
        "hos1", "CF", "CF-STR-1", TODAY.plusDays(12), Priority.MEDIUM));
    String ras = actions.raise(new ActionRequest("DIP_SAMPLE", "VIEW-DIP-1", "RA-220914", "Strategy discussion",
        "auditor2", "qm1", "RA", "RA-GLO-1", TODAY.plusDays(5), Priority.URGENT));
    openAs(People::hos1);

    UI.getCurrent().navigate("actions");

    NavigatorKt.expectView(ActionsRegisterView.class);
    assertThat(byId(Span.class, "register-scope").getText()).contains("service CF");
    assertThat(registerRows()).contains(sw1s, tm1s).doesNotContain(ras);
    assertThat(byId(Span.class, "action-count").getText()).isEqualTo(registerRows().size() + " actions");

    byId(TextField.class, "filter-owner").setValue("sw1");
    assertThat(registerRows()).contains(sw1s).doesNotContain(tm1s);
    byId(TextField.class, "filter-owner").clear();

    ((ComboBox<ActionSource>) byId(ComboBox.class, "filter-source")).setValue(ActionSource.SURGERY);
    assertThat(registerRows()).contains(tm1s).doesNotContain(sw1s);
    ((ComboBox<ActionSource>) byId(ComboBox.class, "filter-source")).clear();

    byId(TextField.class, "filter-team").setValue("CF-STR-1");
    byId(TextField.class, "filter-service").setValue("CF");
    ((ComboBox<ActionStatus>) byId(ComboBox.class, "filter-status")).setValue(ActionStatus.OPEN);
    assertThat(registerRows()).contains(sw1s, tm1s);

    byId(Checkbox.class, "filter-overdue").setValue(true);
    assertThat(registerRows()).doesNotContain(sw1s, tm1s);
    assertThat(byId(Span.class, "action-count").getText()).isEqualTo(registerRows().size() + " actions");
  }

  // ---- the owner's form ----

  @Test
  void theOwnerIsToldPerFieldWhatIsMissingAddsEvidenceAndMarksItDone() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    String task = taskOf(id);
    openAs(People::sw1);

    UI.getCurrent().navigate("actions/carry-out/" + task);

    NavigatorKt.expectView(CarryOutActionView.class);
    assertThat(_get(H2.class).getText()).isEqualTo("Carry out action " + id);
    assertThat(byId(Span.class, "fact-status").getText()).isEqualTo("Open");
    TextArea note = byId(TextArea.class, "note-text");
    TextField link = byId(TextField.class, "note-link");

    click("mark-done");
    assertThat(note.isInvalid()).isTrue();
    assertThat(note.getErrorMessage()).contains("before marking it done");
    assertThat(statusOf(id)).isEqualTo(ActionStatus.OPEN);

    note.setValue("Health actions added to the plan");
    link.setValue("ftp://files.example.org/plan");
    click("add-note");
    assertThat(link.isInvalid()).isTrue();
    assertThat(link.getErrorMessage()).contains("https://");
    assertThat(note.isInvalid()).isFalse();
    assertThat(note.getValue()).as("input kept").isEqualTo("Health actions added to the plan");

    link.setValue("https://lcs.example.org/case/CF-104233/plan");
    click("add-note");
    assertThat(note.getValue()).isEmpty();
    @SuppressWarnings("unchecked")
    Grid<ActionHistoryItem> history = byId(Grid.class, "history-grid");
    assertThat(history.getGenericDataView().getItems().map(ActionHistoryItem::kind))
        .containsExactly(ActionHistoryItem.Kind.RAISED, ActionHistoryItem.Kind.PROGRESS);

    click("mark-done");
    NavigatorKt.expectView(TaskListView.class);
    assertThat(statusOf(id)).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
  }

  @Test
  void someoneElseOpeningTheOwnersFormIsToldWhyAndGetsNoForm() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    openAs(People::tm1);

    UI.getCurrent().navigate("actions/carry-out/" + taskOf(id));

    assertThat(byId(Span.class, "task-unavailable").getText()).contains("not yours to work on");
    _assertNone(Button.class, spec -> spec.withId("mark-done"));
    _assertNone(Button.class, spec -> spec.withId("add-note"));
  }

  // ---- the verifier's form ----

  @Test
  void reopeningWithoutAReasonOrDateMarksBothFieldsAndChangesNothing() {
    String id = doneBySw1();
    openAs(People::tm1);

    UI.getCurrent().navigate("actions/verify/" + taskOf(id));
    NavigatorKt.expectView(VerifyActionView.class);
    assertThat(_get(H2.class).getText()).isEqualTo("Verify action " + id);
    click("reopen-action");

    TextArea reason = byId(TextArea.class, "reopen-reason");
    DatePicker due = byId(DatePicker.class, "reopen-due-date");
    assertThat(reason.isInvalid()).isTrue();
    assertThat(reason.getErrorMessage()).contains("why");
    assertThat(due.isInvalid()).isTrue();
    assertThat(due.getErrorMessage()).isEqualTo("A new due date is required.");
    assertThat(statusOf(id)).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);

    reason.setValue("The plan still lacks the dentist appointment");
    due.setValue(TODAY.plusDays(7));
    click("reopen-action");
    NavigatorKt.expectView(TaskListView.class);
    assertThat(statusOf(id)).isEqualTo(ActionStatus.OPEN);
  }

  @Test
  void theVerifierClosesTheAction() {
    String id = doneBySw1();
    openAs(People::tm1);
    UI.getCurrent().navigate("actions/verify/" + taskOf(id));

    byId(TextArea.class, "verify-comment").setValue("Checked the plan on the case record");
    click("close-action");

    NavigatorKt.expectView(TaskListView.class);
    assertThat(statusOf(id)).isEqualTo(ActionStatus.CLOSED);
  }

  @Test
  void whenSomeoneElseVerifiedFirstTheSecondIsToldClearlyAndKeepsWhatTheyTyped() {
    String id = doneBySw1();
    String task = taskOf(id);
    openAs(People::tm1);
    UI.getCurrent().navigate("actions/verify/" + task);
    TextArea reason = byId(TextArea.class, "reopen-reason");
    DatePicker due = byId(DatePicker.class, "reopen-due-date");
    reason.setValue("Not enough evidence of the child's views");
    due.setValue(TODAY.plusDays(5));

    People.hos1();
    work.close(task, "Evidence is on the record"); // hos1, elsewhere, a moment earlier
    People.tm1();
    click("reopen-action");

    NavigatorKt.expectView(VerifyActionView.class);
    Span message = byId(Span.class, "form-message");
    assertThat(message.getText()).contains("already been completed");
    assertThat(reason.getValue()).isEqualTo("Not enough evidence of the child's views");
    assertThat(due.getValue()).isEqualTo(TODAY.plusDays(5));
    assertThat(statusOf(id)).isEqualTo(ActionStatus.CLOSED);
  }

  @Test
  void theOwnerCannotOpenTheVerificationOfTheirOwnAction() {
    String id = actions.raise(People.auditAction("tm1", TODAY.plusDays(10)));
    People.tm1();
    work.markDone(taskOf(id), "Supervision recorded", null);
    BrowserlessUi.open(context);

    UI.getCurrent().navigate("actions/verify/" + taskOf(id));

    assertThat(byId(Span.class, "task-unavailable").getText()).contains("someone other than you");
    _assertNone(Button.class, spec -> spec.withId("close-action"));
  }

  @Test
  void anOwnerWhoIsNoVerifierOpeningTheVerificationIsToldTheOwnerCannotVerifyIt() {
    String id = doneBySw1();
    openAs(People::sw1);

    UI.getCurrent().navigate("actions/verify/" + taskOf(id));

    assertThat(byId(Span.class, "task-unavailable").getText())
        .isEqualTo("You own action " + id + ", and the owner of an action cannot verify it: someone other than you "
            + "must check and close it. Nobody checks their own work.");
    _assertNone(Button.class, spec -> spec.withId("close-action"));
  }

  @Test
  void aFieldAtFaultIsMarkedScrolledToAndFocusedAndTheCountIsGoodEnglish() {
    String id = doneBySw1();
    openAs(People::tm1);
    UI.getCurrent().navigate("actions/verify/" + taskOf(id));
    DatePicker due = byId(DatePicker.class, "reopen-due-date");
    TextArea reason = byId(TextArea.class, "reopen-reason");
    due.setValue(TODAY.plusDays(5));

    List<PendingJavaScriptInvocation> sent = javaScriptSentDuring(() -> click("reopen-action"));

    assertThat(reason.isInvalid()).isTrue();
    assertThat(due.isInvalid()).isFalse();
    assertThat(byId(Span.class, "form-message").getText()).startsWith("1 thing to put right: Say why");
    List<String> moves = movesTo(reason, sent);
    assertThat(moves).as("scrolled to the middle of the screen, then focused").hasSize(2);
    assertThat(moves.get(0)).contains("el.scrollIntoView({\"block\":\"center\"})");
    assertThat(moves.get(1)).contains("$0.focus()");
    assertThat(movesTo(due, sent)).isEmpty();

    due.clear();
    click("reopen-action");

    assertThat(byId(Span.class, "form-message").getText()).startsWith("2 things to put right: Say why")
        .contains("A new due date is required.");
    assertThat(statusOf(id)).isEqualTo(ActionStatus.DONE_AWAITING_VERIFICATION);
  }

  /** The JavaScript the server sends the browser in answer to {@code action} (Karibu hands it to handlers). */
  private static List<PendingJavaScriptInvocation> javaScriptSentDuring(Runnable action) {
    List<PendingJavaScriptInvocation> sent = new ArrayList<>();
    List<Function1<PendingJavaScriptInvocation, Unit>> before = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
    List<Function1<PendingJavaScriptInvocation, Unit>> capturing = new ArrayList<>(before);
    capturing.add(js -> {
      sent.add(js);
      return Unit.INSTANCE;
    });
    TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(capturing);
    try {
      action.run();
      MockVaadin.clientRoundtrip();
    } finally {
      TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(before);
    }
    return sent;
  }

  /** The scrolling and focusing run on this component's element, oldest first. */
  private static List<String> movesTo(com.vaadin.flow.component.Component component,
      List<PendingJavaScriptInvocation> sent) {
    return sent.stream().filter(js -> js.getOwner() == component.getElement().getNode())
        .map(js -> js.getInvocation().getExpression())
        .filter(js -> js.contains("scrollIntoView") || js.contains("focus()")).toList();
  }
}
