package org.practiceassurance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.practiceassurance.workflow.ProcessPaths;

/**
 * Test-only route (src/test, so never in the product): "Where this case stands" for any process
 * instance, {@code test-harness/diagram/<process instance id>}, for the diagram's browser test.
 * Signed-in people only, like every view; no menu entry.
 */
@Route("test-harness/diagram")
@PageTitle("Diagram harness | Practice Assurance")
@PermitAll
public class DiagramHarnessView extends VerticalLayout implements HasUrlParameter<String> {

  private final ProcessPaths paths;

  public DiagramHarnessView(ProcessPaths paths) {
    this.paths = paths;
    setMaxWidth("60rem");
  }

  @Override
  public void setParameter(BeforeEvent event, String processInstanceId) {
    removeAll();
    add(new H2("Diagram harness"), ProcessDiagram.whereThisCaseStands(() -> paths.forInstance(processInstanceId)));
  }
}
