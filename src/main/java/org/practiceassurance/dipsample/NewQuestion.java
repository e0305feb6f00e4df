package org.practiceassurance.dipsample;

/** A question as written for a new version or a new theme; validated by {@link QuestionLibrary}. */
public record NewQuestion(String text, AnswerType answerType, String guidance) {}
