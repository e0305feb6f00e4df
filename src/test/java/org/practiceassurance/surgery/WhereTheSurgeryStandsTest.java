package org.practiceassurance.surgery;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPath;
import org.practiceassurance.workflow.ProcessPaths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Where this case stands" on the surgery's page: an ad-hoc surgery waits for its lead to prepare it. */
class WhereTheSurgeryStandsTest extends KeycloakBackedTest {

  @Autowired ApplicationContext context;
  @Autowired RosterImport roster;
  @Autowired Surgeries surgeries;
  @Autowired RuntimeService runtime;
  @Autowired ProcessPaths paths;

  @AfterEach
  void tidy() {
    BrowserlessUi.close();
    runtime.createProcessInstanceQuery().processDefinitionKey("performance-surgery").list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
  }

  @Test
  void anAdHocSurgeryStandsAtPreparationAndTheCalendarsBranchIsNotOnItsPath() {
    SurgeryFixtures county = new SurgeryFixtures(roster);
    SurgeryFixtures.hos1();
    long surgery = surgeries.scheduleAdHoc(SurgeryLevel.TEAM, county.team, LocalDate.now(ZoneId.of("Europe/London")));

    ProcessPath path = paths.forBusinessKey("performance-surgery", "SG-" + surgery).orElseThrow();
    assertThat(path.activeActivityIds()).containsExactly("prepare-surgery");
    assertThat(path.completedActivityIds()).containsExactly("surgery-scheduled");
    assertThat(path.takenFlowIds()).hasSize(1);

    BrowserlessUi.open(context);
    UI.getCurrent().navigate("surgery/" + surgery);
    _get(Details.class, spec -> spec.withId(ProcessDiagram.DETAILS_ID)).setOpened(true);

    assertThat(_get(Paragraph.class, spec -> spec.withId("process-summary")).getText())
        .isEqualTo("Performance surgery: now at Prepare the surgery.");
  }
}
