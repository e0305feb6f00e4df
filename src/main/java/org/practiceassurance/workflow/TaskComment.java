package org.practiceassurance.workflow;

import java.time.Instant;

/** A note someone left on a task of a case; it stays with the case for whoever holds its tasks next. */
public record TaskComment(String author, Instant at, String text, String taskName) {}
