package org.practiceassurance.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.action.ui.ChaseActionView;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.workflow.ui.TaskListView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Browserless: the head of service's chase form, after the real overdue timer (which emails them via Keycloak). */
class ChaseActionViewTest extends KeycloakBackedTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired Actions actions;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @AfterEach
  void tearDown() {
    BrowserlessUi.close();
  }

  @Test
  void theHeadOfServiceMustSayWhatWasAgreedAndTheChaseIsRecorded() {
    BpmnAwareTests.init(engine);
    String id = actions.raise(People.auditAction("sw1", LocalDate.now(ZoneId.of("Europe/London")).plusDays(4)));
    ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
    execute(job("action-overdue", process));
    String chase = tasks.createTaskQuery().processInstanceId(process.getId())
        .taskDefinitionKey("chase-overdue-action").singleResult().getId();
    People.hos1();
    BrowserlessUi.open(context);

    UI.getCurrent().navigate("actions/chase/" + chase);
    NavigatorKt.expectView(ChaseActionView.class);
    assertThat(_get(Span.class, spec -> spec.withId("fact-status")).getText()).isEqualTo("Overdue");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("record-chase")));

    TextArea note = _get(TextArea.class, spec -> spec.withId("chase-note"));
    assertThat(note.isInvalid()).isTrue();
    assertThat(note.getErrorMessage()).contains("agreed with the owner");

    note.setValue("Spoke to sw1: plan will be updated by Friday");
    ButtonKt._click(_get(Button.class, spec -> spec.withId("record-chase")));

    NavigatorKt.expectView(TaskListView.class);
    assertThat(tasks.createTaskQuery().taskId(chase).count()).isZero();
  }
}
