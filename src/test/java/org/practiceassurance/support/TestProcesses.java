package org.practiceassurance.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A test-only process (one user task for the auditors) to exercise the task list without any capability's rules. */
public final class TestProcesses {

  public static final String TASK_LIST_TEST = "task-list-test";

  private TestProcesses() {}

  public static ProcessInstance startTaskListTest(ProcessEngine engine, String businessKey, String dueDate) {
    engine.getRepositoryService().createDeployment().name("test-processes").enableDuplicateFiltering(false)
        .addClasspathResource("test-processes/task-list-test.bpmn").deploy();
    return engine.getRuntimeService().startProcessInstanceByKey(TASK_LIST_TEST, businessKey, Map.of("dueDate", dueDate));
  }
}
