package org.practiceassurance.dipsample;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.BrowserlessUi;
import org.practiceassurance.support.KeycloakBackedTest;
import org.practiceassurance.support.TestUsers;
import org.practiceassurance.ui.ProcessDiagram;
import org.practiceassurance.workflow.ProcessPath;
import org.practiceassurance.workflow.ProcessPaths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "Where this case stands" on the dip sample's page, over the real dip-sample process closed early:
 * the reviews (one step, however many files) were withdrawn, the way out was the "Closed early"
 * event, not the reviews' own end, and the findings are the current step.
 */
class WhereTheDipSampleStandsTest extends KeycloakBackedTest {

  @Autowired ApplicationContext context;
  @Autowired RosterImport roster;
  @Autowired DipSamples dipSamples;
  @Autowired RuntimeService runtime;
  @Autowired ProcessPaths paths;

  @AfterEach
  void close() {
    DipSampleFixtures.withdrawRunningSamples(runtime);
    BrowserlessUi.close();
  }

  @Test
  void closedEarlyTheReviewsAreWithdrawnAndTheFindingsAreTheCurrentStep() {
    DipSampleFixtures county = new DipSampleFixtures(roster);
    TestUsers.qm1();
    long id = dipSamples.launch(county.design(4, 31L));
    dipSamples.closeEarly(id, "The pattern is already clear after the first visits.");

    ProcessPath path = paths.forBusinessKey("dip-sample", "DS-" + id).orElseThrow();
    assertThat(path.activeActivityIds()).containsExactly("write-findings");
    assertThat(path.completedActivityIds()).contains("review-file", "closed-early", "close-reviews");
    assertThat(path.takenFlowIds()).contains("to-review-file", "early-to-close", "close-to-findings")
        .doesNotContain("reviewed-to-close", "requested-to-record", "design-to-reviews");
    assertThat(path.steps()).filteredOn(s -> s.activityId().equals("review-file")).singleElement()
        .satisfies(s -> assertThat(s.withdrawn()).isTrue());

    BrowserlessUi.open(context);
    UI.getCurrent().navigate("dip-sample/" + id);
    _get(Details.class, spec -> spec.withId(ProcessDiagram.DETAILS_ID)).setOpened(true);

    assertThat(_get(Paragraph.class, spec -> spec.withId("process-summary")).getText())
        .isEqualTo("Dip sample: now at Write the dip sample's findings.");
    List<String> steps = _find(_get(OrderedList.class, spec -> spec.withId("process-steps")), ListItem.class).stream()
        .map(ListItem::getText).toList();
    assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("Review … (dip sample) — withdrawn "))
        .anySatisfy(s -> assertThat(s).startsWith("Closed early — "));
    assertThat(steps.get(steps.size() - 1)).startsWith("Now: Write the dip sample's findings — since ");
  }
}
