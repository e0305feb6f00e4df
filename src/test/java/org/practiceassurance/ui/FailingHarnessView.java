package org.practiceassurance.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test-only route (src/test, so never in the product): a page that fails to open, as a bug would make one. */
@Route("test-harness/failure")
@PermitAll
public class FailingHarnessView extends VerticalLayout {

  static final String SECRET = "select secret_column from pa.hidden_table";

  public FailingHarnessView() {
    throw new IllegalStateException("Harness failure while running " + SECRET);
  }
}
