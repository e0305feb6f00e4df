package org.practiceassurance.workflow;

/**
 * A task-list filter someone named and kept.
 *
 * @param sharedWithRole the realm role it is shared with (quality managers share), or null for its owner alone
 */
public record SavedTaskFilter(long id, String name, String owner, String sharedWithRole, TaskSearch search) {}
