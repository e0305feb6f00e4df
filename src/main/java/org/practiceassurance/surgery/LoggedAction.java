package org.practiceassurance.surgery;

import org.practiceassurance.action.ActionSummary;

/** An action on a surgery's log, with its live state from the action process and who is accountable. */
public record LoggedAction(long surgeryId, ActionSummary action, String accountableHeadOfService) {}
