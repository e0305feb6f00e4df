package org.practiceassurance.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The test-only {@code path-test} process ({@code test-processes/path-test.bpmn}, with its diagram):
 * Prepare, "Urgent?" (yes: Escalate; no: Check A and Check B in parallel, then Decide, "Again?" back to
 * Prepare or on to Finished). Its user tasks are offered to the auditors.
 */
public final class PathTestProcess {

  public static final String KEY = "path-test";

  private PathTestProcess() {}

  /** Deploys the process (once: an unchanged file is not deployed again) and starts an instance. */
  public static String start(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("path-test").enableDuplicateFiltering(true)
        .addClasspathResource("test-processes/path-test.bpmn").deploy();
    return engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
  }

  /** The open task of this instance at {@code activityId}. */
  public static Task task(ProcessEngine engine, String instanceId, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(activityId)
        .singleResult();
  }

  /** Completes the open task at {@code activityId} directly in the engine (a test's shortcut, no checks). */
  public static void complete(ProcessEngine engine, String instanceId, String activityId, Map<String, Object> variables) {
    engine.getTaskService().complete(task(engine, instanceId, activityId).getId(), variables);
  }
}
