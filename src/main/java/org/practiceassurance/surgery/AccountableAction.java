package org.practiceassurance.surgery;

import org.practiceassurance.action.ActionSummary;

/**
 * A surgery action a head of service is accountable for, with its live state and, once its owner has
 * marked it done, the open "verify and close" task where they clear it (null until then).
 */
public record AccountableAction(long surgeryId, ActionSummary action, String verifyTaskId) {}
