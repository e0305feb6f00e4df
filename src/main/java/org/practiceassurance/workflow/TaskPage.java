package org.practiceassurance.workflow;

import java.util.List;

/**
 * A page of a task list.
 *
 * @param total how many tasks the search matches now
 * @param next a cursor for the page after this one (null on the last page): paging by cursor neither
 *     repeats nor skips a task when others are completed or created meanwhile
 */
public record TaskPage(List<WorkTask> tasks, long total, String next) {}
