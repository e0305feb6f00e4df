package org.practiceassurance.support;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A test-only process (one user task for the auditors) to exercise the task list without any capability's rules. */
public final class TestProcesses {

  public static final String TASK_LIST_TEST = "task-list-test";

  private TestProcesses() {}

  public static final String TEAM_WORK_TEST = "team-work-test";

  /**
   * One task "name" about a child of a team, offered to {@code candidateGroups} (comma-separated), held
   * by {@code assignee} if not null, at {@code priority}, due at {@code due} (ISO-8601, or null for none).
   */
  public static ProcessInstance startTeamWork(ProcessEngine engine, String name, String teamCode, String serviceCode,
      String childReference, String candidateGroups, String assignee, int priority, String due) {
    engine.getRepositoryService().createDeployment().name("test-processes").enableDuplicateFiltering(true)
        .addClasspathResource("test-processes/team-work-test.bpmn").deploy();
    java.util.Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("taskName", name);
    variables.put("teamCode", teamCode);
    variables.put("serviceCode", serviceCode);
    variables.put("childReference", childReference);
    variables.put("candidateGroups", candidateGroups);
    variables.put("assignee", assignee);
    variables.put("priority", priority);
    variables.put("dueDate", due);
    return engine.getRuntimeService().startProcessInstanceByKey(TEAM_WORK_TEST, childReference, variables);
  }

  /** A case of three tasks: held by {@code first}, offered to {@code second} (in a called process), held by {@code third}. */
  public static ProcessInstance startCase(ProcessEngine engine, String businessKey, String teamCode, String first,
      String second, String third) {
    engine.getRepositoryService().createDeployment().name("test-processes").enableDuplicateFiltering(true)
        .addClasspathResource("test-processes/case-test.bpmn").deploy();
    return engine.getRuntimeService().startProcessInstanceByKey("case-test", businessKey,
        Map.of("first", first, "second", second, "third", third, "teamCode", teamCode));
  }

  public static ProcessInstance startTaskListTest(ProcessEngine engine, String businessKey, String dueDate) {
    engine.getRepositoryService().createDeployment().name("test-processes").enableDuplicateFiltering(false)
        .addClasspathResource("test-processes/task-list-test.bpmn").deploy();
    return engine.getRuntimeService().startProcessInstanceByKey(TASK_LIST_TEST, businessKey, Map.of("dueDate", dueDate));
  }
}
