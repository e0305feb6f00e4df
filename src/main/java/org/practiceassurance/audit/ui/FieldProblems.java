package org.practiceassurance.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a submission's problems on the fields they belong to (keyed as the services name them). */
final class FieldProblems {

  private FieldProblems() {}

  static void clear(Map<String, Component> fields) {
    fields.values().forEach(f -> {
      if (f instanceof HasValidation v) {
        v.setInvalid(false);
      }
    });
  }

  static void show(Map<String, Component> fields, Map<String, String> problems) {
    problems.forEach((field, message) -> {
      if (fields.get(field) instanceof HasValidation v) {
        v.setErrorMessage(message);
        v.setInvalid(true);
      }
    });
  }
}
