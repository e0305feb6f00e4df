package org.practiceassurance.support;

import java.util.ArrayList;
import java.util.List;
import org.practiceassurance.workflow.TaskInbox;
import org.practiceassurance.workflow.TaskPage;
import org.practiceassurance.workflow.TaskSearch;
import org.practiceassurance.workflow.TaskView;
import org.practiceassurance.workflow.WorkTask;

/** Reads a whole task list for the signed-in person, page by page (tests share one database, so lists are long). */
public final class TaskLists {

  private TaskLists() {}

  public static List<WorkTask> everything(TaskInbox inbox, TaskView view) {
    List<WorkTask> all = new ArrayList<>();
    String cursor = null;
    do {
      TaskPage page = inbox.page(TaskSearch.of(view), cursor, TaskInbox.MAX_PAGE);
      all.addAll(page.tasks());
      cursor = page.next();
    } while (cursor != null);
    return all;
  }
}
