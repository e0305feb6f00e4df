package org.practiceassurance.workflow.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.practiceassurance.workflow.TaskListService;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code work_item} (ADR 18) in step with the engine's open user tasks: a task listener on every
 * user task of every process notes the tasks a command creates, changes, completes or deletes, and a
 * session of the command writes them in one JDBC batch when the command flushes, on the command's own
 * connection and transaction. A task the engine never writes is never listed; a rolled-back command
 * leaves no row behind.
 *
 * <p>The listener is built in (it runs even when an operator deletes an instance skipping custom
 * listeners) and reads the task at flush time, after the process's own listeners (e.g. the one that
 * names who must not do it) have run.
 */
@Component
class WorkItemProjection extends AbstractProcessEnginePlugin {

  /** Process variables that say what the work is about, read where the task's execution sees them. */
  static final String TEAM = "teamCode";
  static final String SERVICE = "serviceCode";
  static final String CHILD = "childReference";

  private final JdbcTemplate jdbc;
  private final TaskListener listener = WorkItemProjection::noted;

  WorkItemProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE,
            TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
          definition.addBuiltInTaskListener(event, listener);
        }
      }
    });
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return PendingWorkItems.class;
      }

      @Override
      public Session openSession() {
        return new PendingWorkItems(jdbc);
      }
    });
  }

  private static void noted(DelegateTask task) {
    Context.getCommandContext().getSession(PendingWorkItems.class).note((TaskEntity) task, task.getEventName());
  }

  /** What one engine command did to tasks, written when the command flushes. */
  static final class PendingWorkItems implements Session {

    private final JdbcTemplate jdbc;
    private final Map<String, Pending> tasks = new LinkedHashMap<>();

    PendingWorkItems(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    void note(TaskEntity task, String event) {
      Pending pending = tasks.computeIfAbsent(task.getId(), id -> new Pending(task));
      pending.created |= TaskListener.EVENTNAME_CREATE.equals(event);
      pending.gone |= TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event);
    }

    @Override
    public void flush() {
      if (tasks.isEmpty()) {
        return;
      }
      List<String> gone = new ArrayList<>();
      List<WorkItemRow> created = new ArrayList<>();
      List<WorkItemRow> changed = new ArrayList<>();
      for (Pending pending : tasks.values()) {
        if (pending.gone) {
          gone.add(pending.task.getId());
        } else if (pending.created) {
          created.add(WorkItemRow.of(pending.task, true));
        } else {
          changed.add(WorkItemRow.of(pending.task, false));
        }
      }
      tasks.clear();
      if (!created.isEmpty()) {
        jdbc.execute((Connection connection) -> {
          try (PreparedStatement insert = connection.prepareStatement(WorkItemRow.UPSERT)) {
            for (WorkItemRow row : created) {
              row.bindAll(connection, insert);
              insert.addBatch();
            }
            return insert.executeBatch();
          }
        });
      }
      if (!changed.isEmpty()) {
        jdbc.execute((Connection connection) -> {
          try (PreparedStatement update = connection.prepareStatement(WorkItemRow.UPDATE)) {
            for (WorkItemRow row : changed) {
              row.bindChanges(connection, update);
              update.addBatch();
            }
            return update.executeBatch();
          }
        });
      }
      if (!gone.isEmpty()) {
        jdbc.batchUpdate("delete from pa.work_item where task_id = ?", gone, gone.size(),
            (statement, id) -> statement.setString(1, id));
      }
    }

    @Override
    public void close() {}
  }

  private static final class Pending {
    final TaskEntity task;
    boolean created;
    boolean gone;

    Pending(TaskEntity task) {
      this.task = task;
    }
  }

  /** One task as {@code work_item} holds it. */
  record WorkItemRow(String taskId, String processInstanceId, String processKey, String processName,
      String taskDefinitionKey, String name, String subject, String childReference, String teamCode,
      String serviceCode, int priority, Date due, Date followUp, Date created, String assignee,
      List<String> candidateUsers, List<String> candidateGroups, String excludedUser, String formKey) {

    static final String UPSERT = """
        insert into pa.work_item (task_id, process_instance_id, process_definition_key, process_name,
            task_definition_key, name, subject, child_reference, team_code, service_code, priority, due_at,
            follow_up_at, created_at, assignee, candidate_users, candidate_groups, excluded_user, form_key)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (task_id) do update set name = excluded.name, priority = excluded.priority,
            due_at = excluded.due_at, follow_up_at = excluded.follow_up_at, assignee = excluded.assignee,
            candidate_users = excluded.candidate_users, candidate_groups = excluded.candidate_groups,
            excluded_user = excluded.excluded_user""";

    /** What can change on an open task: the rest is fixed when it is created. */
    static final String UPDATE = """
        update pa.work_item set name = ?, priority = ?, due_at = ?, follow_up_at = ?, assignee = ?,
            candidate_users = ?, candidate_groups = ?, excluded_user = ?
        where task_id = ?""";

    static WorkItemRow of(TaskEntity task, boolean whole) {
      TreeSet<String> users = new TreeSet<>();
      TreeSet<String> groups = new TreeSet<>();
      DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
      // A link removed in this command stays in the task's cached list: the entity manager knows it is deleted.
      task.getIdentityLinks().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .filter(link -> !entities.isDeleted(link)).forEach(link -> {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      });
      Object excluded = task.getVariableLocal(TaskListService.EXCLUDED_USER);
      String processKey = "";
      String processName = "";
      String subject = null;
      String child = null;
      String team = null;
      String service = null;
      String formKey = null;
      if (whole) {
        if (task.getProcessDefinitionId() != null) {
          ProcessDefinition definition = Context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
          processKey = definition.getKey();
          processName = definition.getName() != null ? definition.getName() : definition.getKey();
        }
        ExecutionEntity instance = task.getProcessInstance();
        if (instance != null) {
          subject = instance.getBusinessKey();
          child = text(task.getVariable(CHILD));
          team = text(task.getVariable(TEAM));
          service = text(task.getVariable(SERVICE));
        }
        task.initializeFormKey();
        formKey = task.getFormKey();
      }
      return new WorkItemRow(task.getId(), task.getProcessInstanceId(), processKey, processName,
          task.getTaskDefinitionKey(),
          WorkTask.listedName(task.getName(), task.getTaskDefinitionKey(), task.getId()), subject, child, team, service, task.getPriority(),
          task.getDueDate(), task.getFollowUpDate(), task.getCreateTime(), task.getAssignee(),
          List.copyOf(users), List.copyOf(groups), excluded == null ? null : excluded.toString(), formKey);
    }

    private static String text(Object value) {
      return value == null || value.toString().isBlank() ? null : value.toString();
    }

    void bindAll(Connection connection, PreparedStatement s) throws SQLException {
      s.setString(1, taskId);
      s.setString(2, processInstanceId);
      s.setString(3, processKey);
      s.setString(4, processName);
      s.setString(5, taskDefinitionKey);
      s.setString(6, name);
      s.setString(7, subject);
      s.setString(8, childReference);
      s.setString(9, teamCode);
      s.setString(10, serviceCode);
      s.setInt(11, priority);
      setTime(s, 12, due);
      setTime(s, 13, followUp);
      setTime(s, 14, created);
      s.setString(15, assignee);
      s.setArray(16, array(connection, candidateUsers));
      s.setArray(17, array(connection, candidateGroups));
      s.setString(18, excludedUser);
      s.setString(19, formKey);
    }

    void bindChanges(Connection connection, PreparedStatement s) throws SQLException {
      s.setString(1, name);
      s.setInt(2, priority);
      setTime(s, 3, due);
      setTime(s, 4, followUp);
      s.setString(5, assignee);
      s.setArray(6, array(connection, candidateUsers));
      s.setArray(7, array(connection, candidateGroups));
      s.setString(8, excludedUser);
      s.setString(9, taskId);
    }

    private static Array array(Connection connection, List<String> values) throws SQLException {
      return connection.createArrayOf("text", values.toArray());
    }

    private static void setTime(PreparedStatement s, int index, Date value) throws SQLException {
      if (value == null) {
        s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        s.setObject(index, value.toInstant().atOffset(ZoneOffset.UTC));
      }
    }
  }
}
