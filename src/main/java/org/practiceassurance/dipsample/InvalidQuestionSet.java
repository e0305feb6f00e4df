package org.practiceassurance.dipsample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A question set or theme that cannot be published; nothing was written. {@link #errors()} maps
 * each field at fault to what is wrong with it, in the order found: {@code code}, {@code name},
 * {@code description}, {@code questions} (the set as a whole, e.g. empty, too long or unchanged),
 * {@code questions[i].text}, {@code questions[i].answerType}, {@code questions[i].guidance} (with
 * {@code i} the 0-based index in the list given), and {@code version} when someone else published a
 * version of the theme first.
 */
public class InvalidQuestionSet extends RuntimeException {

  private final Map<String, String> errors;

  public InvalidQuestionSet(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public InvalidQuestionSet(String field, String message) {
    this(Map.of(field, message));
  }

  public Map<String, String> errors() {
    return errors;
  }
}
