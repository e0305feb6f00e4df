package org.practiceassurance.action.internal;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the action process does to the stored action on its own (no person acting): when the
 * overdue timer fires, the action turns {@code OVERDUE}. Runs in the engine's transaction.
 */
@Component("actionProcessHooks")
public class ActionProcessHooks {

  private static final Logger log = LoggerFactory.getLogger(ActionProcessHooks.class);

  private final ActionRepository repository;
  private final Clock clock = Clock.systemUTC();

  ActionProcessHooks(ActionRepository repository) {
    this.repository = repository;
  }

  /**
   * Fails (the job retries, then raises an incident for an operator) when the process is about an
   * action that is not stored: the register must never silently disagree with the process.
   */
  @Transactional
  public void markOverdue(DelegateExecution execution) {
    String actionId = execution.getProcessBusinessKey();
    ActionEntity action = repository.findById(actionId).orElseThrow(() -> new IllegalStateException(
        "Process " + execution.getProcessInstanceId() + " is about action " + actionId + ", which is not stored"));
    if (!action.markOverdue(clock.instant())) {
      log.info("Action {} passed its due date while {}; left as it is", actionId, action.status());
    }
  }
}
