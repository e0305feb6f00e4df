package org.practiceassurance.workflow;

/**
 * One deployed process as operators see it.
 *
 * @param runningInstances instances of all versions of the process that have not ended
 */
public record ProcessOverview(String key, String name, int version, long runningInstances, String historyTimeToLive) {}
