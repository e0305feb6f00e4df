package org.practiceassurance.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** At start-up the task lists are brought back in line with the engine: missing rows rebuilt, rows of finished tasks removed. */
@SpringBootTest
class WorkItemReconcilerTest {

  @Autowired WorkItemReconciler reconciler;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  /** The whole row as JSON text (arrays compare as text). */
  private String row(String task) {
    return jdbc.queryForObject("select to_jsonb(w)::text from pa.work_item w where task_id = ?", String.class, task);
  }

  @Test
  void aMissingRowIsRebuiltAsTheListenerWroteItAndAStaleOneRemoved() {
    String key = "REC-" + System.nanoTime();
    String instance = TestProcesses.startTeamWork(engine, "Rebuilt", "TEAM-R", "SVC-R", key,
        "team-manager:TEAM-R,head-of-service:SVC-R", "someone", 100, "2031-03-04T05:06:07Z").getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    String written = row(task);

    jdbc.update("delete from pa.work_item where task_id = ?", task);
    jdbc.update("insert into pa.work_item (task_id, process_definition_key, process_name, name, priority, created_at)"
        + " values ('gone-" + key + "', 'x', 'x', 'Gone', 50, now())");
    reconciler.reconcile();

    assertThat(row(task)).isEqualTo(written);
    assertThat(written).contains("\"team_code\": \"TEAM-R\"", "\"service_code\": \"SVC-R\"",
        "\"child_reference\": \"" + key + "\"", "\"subject\": \"" + key + "\"", "\"assignee\": \"someone\"",
        "\"urgent\": true", "\"process_definition_key\": \"team-work-test\"",
        "\"candidate_groups\": [\"head-of-service:SVC-R\", \"team-manager:TEAM-R\"]");
    assertThat(jdbc.queryForObject("select count(*) from pa.work_item where task_id = ?", Integer.class, "gone-" + key)).isZero();
  }
}
