package org.practiceassurance.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes {@code work_item} agree with the engine's open tasks when the engine starts: rows of tasks that
 * are gone are removed, and tasks without a row (created before the projection existed, or changed by a
 * tool that skipped the engine) get one, through the same code the task listeners use. Safe on several
 * nodes at once (a row is written whole, last writer wins with the same content).
 */
@Component
class WorkItemReconciler {

  private static final Logger LOG = LoggerFactory.getLogger(WorkItemReconciler.class);
  private static final int BATCH = 500;

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;

  WorkItemReconciler(JdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  @EventListener(PostDeployEvent.class)
  void reconcile() {
    int removed = jdbc.update("""
        delete from pa.work_item w where not exists (select 1 from act_ru_task t where t.id_ = w.task_id)""");
    List<String> missing = jdbc.queryForList("""
        select t.id_ from act_ru_task t where not exists (select 1 from pa.work_item w where w.task_id = t.id_)""", String.class);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<String> ids = missing.subList(from, Math.min(missing.size(), from + BATCH));
      configuration.getCommandExecutorTxRequired().execute(context -> {
        WorkItemProjection.PendingWorkItems pending = context.getSession(WorkItemProjection.PendingWorkItems.class);
        for (String id : ids) {
          TaskEntity task = context.getTaskManager().findTaskById(id);
          if (task != null) {
            pending.note(task, TaskListener.EVENTNAME_CREATE);
          }
        }
        return null;
      });
    }
    if (removed > 0 || !missing.isEmpty()) {
      LOG.info("Task lists brought in line with the engine: {} rows of finished tasks removed, {} open tasks added",
          removed, missing.size());
    }
  }
}
