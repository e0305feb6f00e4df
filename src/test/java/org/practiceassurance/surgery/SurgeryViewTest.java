package org.practiceassurance.surgery;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.KeycloakBackedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Browserless, on the real services: the lead's surgery page from the task list's "Open". */
class SurgeryViewTest extends KeycloakBackedTest {

  @Autowired ApplicationContext context;
  @Autowired RosterImport roster;
  @Autowired Surgeries surgeries;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @AfterEach
  void tidy() {
    BrowserlessUi.close();
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
  }

  /**
   * After the task list's forward to the surgery's page, Vaadin's client router sometimes sends the
   * same location back as a navigation of its own (trigger HISTORY), a moment later; the page must not
   * be rebuilt by it, or what the lead has begun typing is lost (seen in Chromium: the attendees
   * emptied and "Prepared" then clicked a button no longer on the page).
   */
  @Test
  void aRepeatedNavigationToTheSameSurgeryKeepsWhatTheLeadHasTyped() {
    SurgeryFixtures county = new SurgeryFixtures(roster);
    SurgeryFixtures.hos1();
    long surgery = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(ZoneId.of("Europe/London")));
    String prepare = tasks.createTaskQuery().processInstanceBusinessKey("SG-" + surgery).singleResult().getId();
    BrowserlessUi.open(context);
    UI.getCurrent().navigate("surgeries/prepare/" + prepare);
    TextArea attendees = _get(TextArea.class, spec -> spec.withId("attendees"));
    HasValueUtilsKt._setValue(attendees, "hos1 (chair), tm1");

    UI ui = UI.getCurrent();
    ui.getInternals().getRouter().navigate(ui, new Location("surgery/" + surgery), NavigationTrigger.HISTORY);

    assertThat(_get(TextArea.class, spec -> spec.withId("attendees"))).isSameAs(attendees);
    assertThat(attendees.getValue()).isEqualTo("hos1 (chair), tm1");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("prepared")));
    assertThat(surgeries.details(surgery).attendees()).isEqualTo("hos1 (chair), tm1");
    assertThat(surgeries.details(surgery).holdTaskId()).isNotNull();
    // Once prepared, the page shows the meeting (rebuilt by the step itself, not by navigation).
    _assertNone(TextArea.class, spec -> spec.withId("attendees"));
    _get(Button.class, spec -> spec.withId("log-add"));
  }
}
