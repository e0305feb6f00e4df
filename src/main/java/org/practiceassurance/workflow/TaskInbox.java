package org.practiceassurance.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.workflow.internal.WorkItemQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's task list, read in SQL (ADR 18): urgent work first in every order, every
 * built-in filter counted, paged by position for screens and by cursor for scripts. What a person may
 * see is decided in the query: their own and offered tasks (not those barred to them), and for team
 * managers, heads of service and quality managers the work of the part of the organisation they manage.
 */
@Service
@Transactional(readOnly = true)
public class TaskInbox {

  /** The most a page holds. */
  public static final int MAX_PAGE = 500;

  private final WorkItemQuery query;
  private final CurrentUser currentUser;
  private final RepositoryService repository;
  private final Clock clock;

  TaskInbox(WorkItemQuery query, CurrentUser currentUser, RepositoryService repository) {
    this.query = query;
    this.currentUser = currentUser;
    this.repository = repository;
    this.clock = Clock.systemUTC();
  }

  /** A window of the list (a lazy grid's), and how many tasks match. */
  public List<WorkTask> window(TaskSearch search, int offset, int limit) {
    return query.page(viewer(), search, clock.instant(), Math.max(0, offset), bounded(limit));
  }

  public long count(TaskSearch search) {
    return query.count(viewer(), search, clock.instant());
  }

  /**
   * The page after {@code cursor} (null: the first page), with the total and the next page's cursor.
   * Tasks completed or created while someone pages through never make a later page repeat or skip one
   * that is still open.
   *
   * @throws IllegalArgumentException if the cursor was not given for this order
   */
  public TaskPage page(TaskSearch search, String cursor, int size) {
    WorkItemQuery.Viewer viewer = viewer();
    int limit = bounded(size);
    List<WorkTask> tasks = query.pageAfter(viewer, search, clock.instant(), cursor, limit + 1);
    String next = null;
    if (tasks.size() > limit) {
      tasks = tasks.subList(0, limit);
      next = query.cursorAfter(search, tasks.get(limit - 1));
    }
    return new TaskPage(List.copyOf(tasks), query.count(viewer, search, clock.instant()), next);
  }

  /** Page {@code number} (from 0) of the list, with the total and the cursor of the page after it. */
  public TaskPage page(TaskSearch search, int number, int size) {
    WorkItemQuery.Viewer viewer = viewer();
    int limit = bounded(size);
    List<WorkTask> tasks = query.page(viewer, search, clock.instant(), Math.max(0, number) * limit, limit);
    long total = query.count(viewer, search, clock.instant());
    String next = tasks.size() == limit ? query.cursorAfter(search, tasks.get(limit - 1)) : null;
    return new TaskPage(List.copyOf(tasks), total, next);
  }

  /** How many tasks each built-in filter I may use holds now. */
  public Map<TaskView, Long> counts() {
    return query.counts(viewer(), clock.instant());
  }

  /** Urgent tasks assigned or offered to me. */
  public long urgentCount() {
    return query.urgentCount(viewer(), clock.instant());
  }

  /** The built-in filters this person has: "my team's work" only for those who manage part of the organisation. */
  public List<TaskView> views() {
    List<TaskView> views = new ArrayList<>(List.of(TaskView.values()));
    if (!viewer().managesAnything()) {
      views.remove(TaskView.TEAM);
    }
    return views;
  }

  /** The processes whose tasks a list may be narrowed to: key and name of each deployed process. */
  public Map<String, String> processes() {
    Map<String, String> names = new java.util.TreeMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      names.put(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName());
    }
    return names;
  }

  private WorkItemQuery.Viewer viewer() {
    UserIdentity me = currentUser.get();
    Set<String> services = new TreeSet<>();
    Set<String> teams = new TreeSet<>();
    if (me.hasRole(Roles.HEAD_OF_SERVICE)) {
      me.service().ifPresent(services::add);
    }
    if (me.hasRole(Roles.TEAM_MANAGER)) {
      me.team().ifPresent(teams::add);
    }
    return new WorkItemQuery.Viewer(me.username(), TaskListService.candidateGroupsOf(me),
        me.hasRole(Roles.QUALITY_MANAGER), services, teams);
  }

  /** Whether the signed-in person manages the part of the organisation a task is about (and may hand it over). */
  public boolean manages(WorkTask task) {
    return manages(currentUser.get(), task);
  }

  /** Whether this person manages the part of the organisation a task is about (may see it in "my team's work"). */
  static boolean manages(UserIdentity me, WorkTask task) {
    return me.hasRole(Roles.QUALITY_MANAGER)
        || me.hasRole(Roles.HEAD_OF_SERVICE) && task.serviceCode() != null && me.service().filter(task.serviceCode()::equals).isPresent()
        || me.hasRole(Roles.TEAM_MANAGER) && task.teamCode() != null && me.team().filter(task.teamCode()::equals).isPresent();
  }

  private static int bounded(int size) {
    return Math.max(1, Math.min(MAX_PAGE, size));
  }
}
