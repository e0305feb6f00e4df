package org.practiceassurance.surgery.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.practiceassurance.surgery.InvalidSurgery;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/** Runs a step of a surgery screen: problems beside their fields (the rest on the message line); input stays. */
final class Problems {

  private final Map<String, ? extends HasValidation> fields;
  private final Span message;

  Problems(Map<String, ? extends HasValidation> fields, Span message) {
    this.fields = fields;
    this.message = message;
    message.setId("form-message");
    message.getElement().setAttribute("role", "alert");
    message.getElement().getThemeList().add("badge error");
    message.setVisible(false);
  }

  boolean attempt(Runnable step, String done) {
    fields.values().forEach(f -> f.setInvalid(false));
    message.setVisible(false);
    try {
      step.run();
      if (done != null) {
        Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      }
      return true;
    } catch (InvalidSurgery e) {
      StringBuilder rest = new StringBuilder();
      e.errors().forEach((field, text) -> {
        HasValidation component = fields.get(field);
        if (component != null) {
          component.setErrorMessage(text);
          component.setInvalid(true);
        } else {
          rest.append(rest.isEmpty() ? "" : " ").append(text);
        }
      });
      show(rest.isEmpty() ? "Please correct the fields marked." : rest.toString());
    } catch (AccessDeniedException | TaskConflictException | IllegalArgumentException e) {
      show(e.getMessage());
    }
    return false;
  }

  void show(String text) {
    message.setText(text);
    message.setVisible(true);
  }
}
