package org.practiceassurance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why a form was not accepted, shown the same way on every screen: each problem beside its field
 * (keyed by the service's field names), a count and every message on the form's message line (or in
 * a notification when the form has none), and the first field at fault scrolled into view and
 * focused. Whatever the person typed stays where it is.
 *
 * <p>The fields are read in the map's order, which is the order on screen (use a {@code
 * LinkedHashMap}); the map may grow after this is made (rows added later). A module says which of
 * its exceptions name fields ({@link #fieldErrors}) and which are refusals to show on the message
 * line ({@link #refusals}); {@link #attempt} runs a step with both.
 */
public final class FormProblems {

  private final Map<String, ?> fields;
  private final Span message;
  private final List<FieldErrors<?>> fieldErrors = new ArrayList<>();
  private final List<Class<? extends RuntimeException>> refusals = new ArrayList<>();

  private record FieldErrors<E extends RuntimeException>(Class<E> type, Function<E, Map<String, String>> errors) {
    Optional<Map<String, String>> of(RuntimeException e) {
      return type.isInstance(e) ? Optional.of(errors.apply(type.cast(e))) : Optional.empty();
    }
  }

  /** Problems for a form without a message line: the count and messages go to a notification. */
  public FormProblems(Map<String, ?> fields) {
    this(fields, null);
  }

  /**
   * @param message the form's message line (id {@code form-message}, read out as an alert, hidden
   *     until needed), or null for none
   */
  public FormProblems(Map<String, ?> fields, Span message) {
    this.fields = fields;
    this.message = message;
    if (message != null) {
      message.setId("form-message");
      message.getElement().setAttribute("role", "alert");
      message.getElement().getThemeList().add("badge error");
      message.setVisible(false);
    }
  }

  /** Exceptions of {@code type} are bad input naming the fields at fault (field name → what is wrong). */
  public <E extends RuntimeException> FormProblems fieldErrors(Class<E> type, Function<E, Map<String, String>> errors) {
    fieldErrors.add(new FieldErrors<>(type, errors));
    return this;
  }

  /** Exceptions of these types are refusals or conflicts: their message is shown on the message line. */
  @SafeVarargs
  public final FormProblems refusals(Class<? extends RuntimeException>... types) {
    refusals.addAll(List.of(types));
    return this;
  }

  /**
   * Runs one step of the form. On success tells the person {@code done} (if not null) and returns
   * true; on bad input or a refusal of the kinds declared shows it and returns false. Anything else
   * is not the person's doing and goes on to the application's error handler.
   */
  public boolean attempt(Runnable step, String done) {
    clear();
    try {
      step.run();
    } catch (RuntimeException e) {
      for (FieldErrors<?> reader : fieldErrors) {
        Optional<Map<String, String>> problems = reader.of(e);
        if (problems.isPresent()) {
          show(problems.get());
          return false;
        }
      }
      if (refusals.stream().anyMatch(type -> type.isInstance(e))) {
        refuse(e.getMessage());
        return false;
      }
      throw e;
    }
    if (done != null) {
      Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
    return true;
  }

  /** Unmarks every field and hides the message line. */
  public void clear() {
    fields.values().forEach(field -> {
      if (field instanceof HasValidation v) {
        v.setInvalid(false);
      }
    });
    if (message != null) {
      message.setVisible(false);
    }
  }

  /** Marks the fields at fault, says how many things there are to put right, and goes to the first field. */
  public void show(Map<String, String> problems) {
    show(problems, "to put right");
  }

  /**
   * {@link #show(Map)}, with the summary's wording after the count, e.g. "to complete before
   * submitting" gives "2 things to complete before submitting: …".
   */
  public void show(Map<String, String> problems, String summary) {
    clear();
    Component first = null;
    List<String> messages = new ArrayList<>(); // in screen order, then those of no field on this form
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      String problem = problems.get(field.getKey());
      if (problem != null && field.getValue() instanceof HasValidation v) {
        v.setErrorMessage(problem);
        v.setInvalid(true);
        messages.add(problem);
        if (first == null && field.getValue() instanceof Component c) {
          first = c;
        }
      }
    }
    problems.forEach((field, problem) -> {
      if (!(fields.get(field) instanceof HasValidation)) {
        messages.add(problem);
      }
    });
    String text = count(problems.size(), "thing", "things") + " " + summary + ": " + String.join(" ", messages);
    if (message != null) {
      message.setText(text);
      message.setVisible(true);
    } else {
      Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
    goTo(first != null ? first : message);
  }

  /**
   * A refusal or conflict: its message on the message line and as a notification (in the middle of
   * the screen, so the page is not moved); the fields stay as they are.
   */
  public void refuse(String text) {
    if (message != null) {
      message.setText(text);
      message.setVisible(true);
    }
    Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
  }

  /** A count in words that agree with it: "1 thing", "2 things", "no things". */
  public static String count(long n, String one, String many) {
    return (n == 0 ? "no" : String.valueOf(n)) + " " + (n == 1 ? one : many);
  }

  /** Opens any closed section around the component, scrolls it to the middle of the screen and focuses it. */
  private static void goTo(Component component) {
    if (component == null) {
      return;
    }
    for (Component c = component; c != null; c = c.getParent().orElse(null)) {
      if (c instanceof Details details && !details.isOpened()) {
        details.setOpened(true);
      }
    }
    // Instantly, not smoothly: focusing during a smooth scroll would jump there anyway.
    component.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.AUTO, ScrollOptions.Alignment.CENTER,
        ScrollOptions.Alignment.NEAREST));
    if (component instanceof Focusable<?> focusable) {
      focusable.focus();
    }
  }
}
