package org.practiceassurance.workflow;

/**
 * One way of looking at the task list: a built-in filter, optional words to match (in the task's name,
 * child, subject, team or process, every word somewhere), a process and a team, and the order.
 *
 * @param processKey a process definition key (e.g. {@code action}), or null for every process
 * @param teamCode a team code, or null for every team
 * @param descending reverses the chosen order (urgent work still comes first)
 */
public record TaskSearch(TaskView view, String text, String processKey, String teamCode, TaskSort sort,
    boolean descending) {

  public TaskSearch {
    view = view == null ? TaskView.MY_WORK : view;
    sort = sort == null ? TaskSort.PRIORITY : sort;
    text = text == null || text.isBlank() ? null : text.trim();
    processKey = processKey == null || processKey.isBlank() ? null : processKey.trim();
    teamCode = teamCode == null || teamCode.isBlank() ? null : teamCode.trim();
  }

  public static TaskSearch of(TaskView view) {
    return new TaskSearch(view, null, null, null, TaskSort.PRIORITY, false);
  }

  public TaskSearch withView(TaskView newView) {
    return new TaskSearch(newView, text, processKey, teamCode, sort, descending);
  }

  public TaskSearch withText(String newText) {
    return new TaskSearch(view, newText, processKey, teamCode, sort, descending);
  }

  public TaskSearch sortedBy(TaskSort newSort, boolean newDescending) {
    return new TaskSearch(view, text, processKey, teamCode, newSort, newDescending);
  }
}
