package org.practiceassurance.action.internal;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.practiceassurance.workflow.TaskHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A manager handed "Carry out action" to someone else: they become the action's owner (its history says
 * who did it), the one candidate of the task and the {@code owner} the process reads (so the new owner,
 * not the old one, is barred from verifying it).
 */
@Component
class ActionHandOver {

  private final ActionRepository actions;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Clock clock = Clock.systemUTC();

  ActionHandOver(ActionRepository actions, RuntimeService runtime, TaskService tasks) {
    this.actions = actions;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @EventListener
  void handedOver(TaskHandedOver event) {
    if (!"action".equals(event.processDefinitionKey()) || !"carry-out-action".equals(event.taskDefinitionKey())) {
      return;
    }
    String actionId = String.valueOf(runtime.getVariable(event.processInstanceId(), "actionId"));
    ActionEntity action = actions.findById(actionId).orElseThrow();
    String previous = action.owner();
    action.handOver(event.to(), null, event.by(), clock.instant());
    runtime.setVariable(event.processInstanceId(), "owner", event.to());
    tasks.deleteCandidateUser(event.taskId(), previous);
    tasks.addCandidateUser(event.taskId(), event.to());
  }
}
