package org.practiceassurance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.EOFException;
import java.net.SocketException;
import java.util.Optional;
import java.util.Set;
import org.practiceassurance.security.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The safety net under every screen: a failure that no view handled (a click, a value change) is
 * told to the person as a notification rather than lost, and what they typed stays on screen. A
 * database refusal says what was refused, a refusal by role or scope says why, a change made by
 * someone else at the same moment says to reload; anything else is a fault on our side, with a
 * reference. Every one is logged in full (the reference with it); nothing technical is shown.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener, ErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);
  /** The browser went away mid-request (as Vaadin's own handler, not worth telling anyone). */
  private static final Set<String> GONE = Set.of(SocketException.class.getName(), EOFException.class.getName(),
      "org.apache.catalina.connector.ClientAbortException");

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
  }

  @Override
  public void error(ErrorEvent event) {
    Throwable failure = event.getThrowable();
    if (GONE.contains(failure.getClass().getName())) {
      log.debug("The browser went away", failure);
      return;
    }
    String reference = Failures.reference();
    String text;
    Optional<String> refusal = Failures.databaseRefusal(failure);
    Optional<AccessDeniedException> denied = Failures.cause(failure, AccessDeniedException.class);
    if (refusal.isPresent()) {
      log.warn("The database refused a change on screen (reference {})", reference, failure);
      text = refusal.get() + " Reference " + reference + ".";
    } else if (denied.isPresent()) {
      log.info("Refused on screen (reference {}): {}", reference, denied.get().getMessage(), failure);
      String message = denied.get().getMessage();
      text = message == null || message.equals("Access Denied") ? "Your role does not allow this." : message;
    } else if (Failures.cause(failure, OptimisticLockingFailureException.class).isPresent()) {
      log.info("Changed by someone else meanwhile (reference {})", reference, failure);
      text = "Someone else changed this at the same moment, so nothing was saved. Reload the page to see their "
          + "change, then try again.";
    } else {
      log.error("Unexpected error on screen (reference {})", reference, failure);
      text = "Something went wrong on our side, not anything you did. Try again in a moment; if it keeps happening, "
          + "tell the service desk this reference: " + reference + ".";
    }
    if (UI.getCurrent() != null) {
      Notification notification = Notification.show(text, 10_000, Notification.Position.MIDDLE);
      notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
      notification.setId("error-notification");
    }
  }
}
