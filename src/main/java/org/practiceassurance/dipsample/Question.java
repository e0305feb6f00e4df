package org.practiceassurance.dipsample;

/** One question of a published question set; {@code position} is its 1-based place in the set. */
public record Question(long id, int position, String text, AnswerType answerType, String guidance) {

  /** The same question, to be written into a new version. */
  public NewQuestion asNew() {
    return new NewQuestion(text, answerType, guidance);
  }
}
