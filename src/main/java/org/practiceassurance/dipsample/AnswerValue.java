package org.practiceassurance.dipsample;

/**
 * A reviewer's answer to one question; which value is used depends on the question's
 * {@link AnswerType}. {@code notes} are optional for every type.
 */
public record AnswerValue(long questionId, Answer answer, Double number, String text, String notes) {

  public boolean isAnswered(AnswerType type) {
    return switch (type) {
      case YES_PARTLY_NO_NA -> answer != null;
      case NUMBER -> number != null;
      case TEXT -> text != null && !text.isBlank();
    };
  }
}
