package org.practiceassurance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.practiceassurance.security.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person sees when a page fails to open: no stack trace, in development or production, but
 * a short reference, logged with the failure in full, for them to quote. A page refused by a service
 * ({@code @Secured}) reads as not available, as a refused navigation does. Outside the app's shell on
 * purpose: the shell itself may be what failed.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

  private final Paragraph what = new Paragraph();
  private final Paragraph reference = new Paragraph();

  public UnexpectedErrorView() {
    setId("unexpected-error");
    setMaxWidth("48rem");
    reference.setId("error-reference");
    Anchor myTasks = new Anchor("", "Go to My tasks");
    myTasks.setId("go-to-my-tasks");
    add(new H2("Something went wrong"), what, reference, myTasks);
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    Exception failure = parameter.getCaughtException();
    if (Failures.cause(failure, AccessDeniedException.class).isPresent()) {
      event.rerouteToError(NotFoundException.class);
      return HttpStatusCode.NOT_FOUND.getCode();
    }
    String ref = Failures.reference();
    log.error("Page /{} failed to open (reference {})", event.getLocation().getPath(), ref, failure);
    what.setText(Failures.databaseRefusal(failure)
        .orElse("This page could not be shown because of a fault on our side, not anything you did. "
            + "Try again in a moment."));
    reference.setText("If it keeps happening, tell the service desk this reference: " + ref + ".");
    return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
  }

  @Override
  public String getPageTitle() {
    return "Something went wrong | Practice Assurance";
  }
}
