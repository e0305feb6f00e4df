package org.practiceassurance.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.internal.ActionWork;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.ui.ProcessDiagram;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** "Where this case stands" on the action pages (one base page for all three), over the real action process. */
@SpringBootTest
class WhereTheActionStandsTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Autowired ApplicationContext context;
  @Autowired Actions actions;
  @Autowired ActionWork work;
  @Autowired TaskService tasks;

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  private String taskOf(String actionId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(actionId).processDefinitionKey("action")
        .taskDefinitionKeyIn("carry-out-action", "verify-action").singleResult().getId();
  }

  @Test
  void theVerifierSeesTheOwnersStepDoneAndVerificationAsTheCurrentStep() {
    String id = actions.raise(People.auditAction("sw1", TODAY.plusDays(10)));
    People.sw1();
    work.markDone(taskOf(id), "Plan updated with the health actions", null);
    People.tm1();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("actions/verify/" + taskOf(id));

    Details whereItStands = _get(Details.class, spec -> spec.withId(ProcessDiagram.DETAILS_ID));
    assertThat(whereItStands.isOpened()).isFalse();
    _assertNone(ProcessDiagram.class);
    whereItStands.setOpened(true);

    assertThat(_get(Paragraph.class, spec -> spec.withId("process-summary")).getText())
        .isEqualTo("Action until closure: now at Verify and close action.");
    assertThat(_find(_get(OrderedList.class, spec -> spec.withId("process-steps")), ListItem.class))
        .extracting(ListItem::getText)
        .anySatisfy(step -> assertThat(step).startsWith("Carry out action — "))
        .last().asString().startsWith("Now: Verify and close action — since ");
  }

  @Test
  void aTaskThatIsNotMineShowsNoWayIntoItsCase() {
    String id = actions.raise(People.auditAction("tm1", TODAY.plusDays(10)));
    People.tm1();
    work.markDone(taskOf(id), "Supervision recorded", null);
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("actions/verify/" + taskOf(id));

    _assertNone(Details.class, spec -> spec.withId(ProcessDiagram.DETAILS_ID)); // hidden with the rest of the action
    TestUsers.signOut();
  }
}
