package org.practiceassurance.dipsample;

import java.time.Instant;
import java.util.List;

/**
 * One published version of a theme's questions. Never changed once published: a sample records the
 * {@link #id()} of the set it was run with, and a later version is a new set.
 */
public record QuestionSet(long id, String themeCode, String themeName, int version, String createdBy,
    Instant createdAt, List<Question> questions) {

  public QuestionSet {
    questions = List.copyOf(questions);
  }
}
