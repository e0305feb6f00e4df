package org.practiceassurance.action;

/**
 * Published when someone other than its owner verified an action and closed it, synchronously and
 * inside the closing transaction: a listener that fails rolls the closure back.
 */
public record ActionClosed(String actionId, String source, String sourceId) {}
