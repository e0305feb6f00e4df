package org.practiceassurance.workflow;

/**
 * A task I may work on, with the value of one variable as the task sees it (task-local first, then
 * its execution and the enclosing scopes), e.g. the id of the record the task is about; null when
 * the variable is not set.
 */
public record TaskWithVariable(WorkTask task, Object variable) {}
