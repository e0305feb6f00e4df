package org.practiceassurance.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's work: tasks assigned to them and unclaimed tasks offered to one of their
 * roles. Every action checks, on the server, that the person may take it.
 */
@Service
public class TaskListService {

  static final int MAX_TASKS = 500;

  private final TaskService tasks;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentUser currentUser;

  TaskListService(TaskService tasks, RepositoryService repository, RuntimeService runtime, IdentityService identity,
      CurrentUser currentUser) {
    this.tasks = tasks;
    this.repository = repository;
    this.runtime = runtime;
    this.identity = identity;
    this.currentUser = currentUser;
  }

  /** Assigned to me, or unclaimed and offered to one of my roles; soonest due first. */
  @Transactional(readOnly = true)
  public List<WorkTask> myTasks() {
    UserIdentity me = currentUser.get();
    TaskQuery query = tasks.createTaskQuery().active();
    query = me.roles().isEmpty()
        ? query.taskAssignee(me.username())
        : query.or().taskAssignee(me.username()).taskCandidateGroupIn(List.copyOf(me.roles())).endOr();
    List<Task> found = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
    Map<String, String> processNames = processNames(
        found.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).collect(Collectors.toSet()));
    Map<String, String> businessKeys = businessKeys(
        found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
    return found.stream().map(t -> toWorkTask(t, processNames, businessKeys)).toList();
  }

  @Transactional
  public void claim(String taskId) {
    UserIdentity me = currentUser.get();
    Task task = existing(taskId);
    if (task.getAssignee() != null) {
      if (task.getAssignee().equals(me.username())) {
        return;
      }
      throw new TaskConflictException("\"" + task.getName() + "\" was claimed by " + task.getAssignee() + " a moment ago.");
    }
    if (!candidateGroups(taskId).stream().anyMatch(me::hasRole)) {
      throw new TaskAccessDeniedException("\"" + task.getName() + "\" is not offered to any of your roles.");
    }
    try {
      tasks.claim(taskId, me.username());
    } catch (TaskAlreadyClaimedException e) {
      throw new TaskConflictException("\"" + task.getName() + "\" was claimed by " + e.getTaskAssignee() + " a moment ago.");
    }
  }

  /** Hands a task I hold back to its candidate groups. */
  @Transactional
  public void unclaim(String taskId) {
    Task task = assignedToMe(taskId);
    tasks.setAssignee(task.getId(), null);
  }

  /** Completes a task I hold; the engine records me as the person who did. */
  @Transactional
  public void complete(String taskId, Map<String, Object> variables) {
    UserIdentity me = currentUser.get();
    Task task = assignedToMe(taskId);
    identity.setAuthentication(me.username(), List.copyOf(me.roles()));
    try {
      tasks.complete(task.getId(), variables);
    } catch (OptimisticLockingException e) {
      throw new TaskConflictException("\"" + task.getName() + "\" changed while you were working on it. Reload and try again.");
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task assignedToMe(String taskId) {
    UserIdentity me = currentUser.get();
    Task task = existing(taskId);
    if (task.getAssignee() == null || !task.getAssignee().equals(me.username())) {
      throw new TaskAccessDeniedException("\"" + task.getName() + "\" is not assigned to you"
          + (task.getAssignee() == null ? "; claim it first." : "; " + task.getAssignee() + " holds it."));
    }
    return task;
  }

  private Task existing(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new TaskConflictException("This task has already been completed or withdrawn.");
    }
    return task;
  }

  private List<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  private Map<String, String> processNames(Set<String> definitionIds) {
    if (definitionIds.isEmpty()) {
      return Map.of();
    }
    return repository.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds.toArray(String[]::new))
        .list().stream().collect(Collectors.toMap(ProcessDefinition::getId,
            d -> d.getName() != null ? d.getName() : d.getKey()));
  }

  private Map<String, String> businessKeys(Set<String> instanceIds) {
    if (instanceIds.isEmpty()) {
      return Map.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
        .filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  private static WorkTask toWorkTask(Task task, Map<String, String> processNames, Map<String, String> businessKeys) {
    String definitionId = task.getProcessDefinitionId();
    return new WorkTask(task.getId(), task.getName(), processNames.getOrDefault(definitionId, ""),
        definitionId == null ? "" : definitionId.split(":")[0], businessKeys.get(task.getProcessInstanceId()),
        task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getAssignee());
  }
}
