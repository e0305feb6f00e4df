package org.practiceassurance.surgery.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.workflow.TaskHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A manager handed a surgery's preparation or meeting to someone else: they lead it now, both steps. */
@Component
class SurgeryHandOver {

  private final SurgeryRepository surgeries;
  private final RuntimeService runtime;

  SurgeryHandOver(SurgeryRepository surgeries, RuntimeService runtime) {
    this.surgeries = surgeries;
    this.runtime = runtime;
  }

  @EventListener
  void handedOver(TaskHandedOver event) {
    if (!"performance-surgery".equals(event.processDefinitionKey())
        || !("prepare-surgery".equals(event.taskDefinitionKey()) || "hold-surgery".equals(event.taskDefinitionKey()))) {
      return;
    }
    long id = ((Number) runtime.getVariable(event.processInstanceId(), "surgeryId")).longValue();
    surgeries.findById(id).orElseThrow().ledBy(event.to());
    runtime.setVariable(event.processInstanceId(), "lead", event.to());
  }
}
