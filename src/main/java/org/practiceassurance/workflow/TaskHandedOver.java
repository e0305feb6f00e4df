package org.practiceassurance.workflow;

/**
 * A manager handed a task over to someone else. Published inside the hand-over's transaction, before the
 * engine changes the holder: a capability whose records name who does the work (an audit's auditor, an
 * action's owner, a review's reviewer, a surgery's lead) updates them, and refuses a hand-over its own
 * rules forbid by throwing (e.g. {@link TaskAccessDeniedException}): then nothing of it is kept.
 *
 * @param from who held the task (null if nobody did)
 * @param to who holds it now
 * @param by the manager who handed it over
 */
public record TaskHandedOver(String taskId, String processInstanceId, String processDefinitionKey,
    String taskDefinitionKey, String from, String to, String by) {}
