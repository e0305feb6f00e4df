package org.practiceassurance.action;

import java.time.LocalDate;
import org.practiceassurance.action.internal.ActionDates;
import org.practiceassurance.action.internal.ActionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Dev default only: a few actions for the demo users on a fresh database, so the register is not empty. */
@Component
@ConditionalOnProperty(name = "pa.demo-data.enabled", havingValue = "true")
class DemoActions {

  private static final Logger log = LoggerFactory.getLogger(DemoActions.class);
  private final Actions actions;
  private final ActionRepository repository;

  DemoActions(Actions actions, ActionRepository repository) {
    this.actions = actions;
    this.repository = repository;
  }

  /** After the demo county (0) and before the demo history (200), which would otherwise look like actions already raised. */
  @EventListener(ApplicationReadyEvent.class)
  @org.springframework.core.annotation.Order(90)
  void seed() {
    if (repository.count() > 0) {
      return;
    }
    LocalDate today = ActionDates.today();
    actions.raise(new ActionRequest("AUDIT", "DEMO-AUDIT-CF-104233", "CF-104233",
        "Update the child's plan with the actions agreed at the health assessment", "sw1", "auditor1", "CF",
        "CF-STR-1", today.plusDays(10), Priority.HIGH));
    actions.raise(new ActionRequest("AUDIT", "DEMO-AUDIT-CF-104233", "CF-104233",
        "Record the child's views and wishes from the last two visits", "sw1", "auditor1", "CF", "CF-STR-1",
        today.plusDays(2), Priority.MEDIUM));
    actions.raise(new ActionRequest("SURGERY", "DEMO-SURGERY-CF-TEAM", null,
        "Bring case supervision in time back above 85% for the team", "tm1", "hos1", "CF", "CF-STR-1",
        today.plusDays(21), Priority.MEDIUM));
    actions.raise(new ActionRequest("DIP_SAMPLE", "DEMO-DIP-REREFERRALS", "RA-220914",
        "Hold a strategy discussion on the re-referral and record the decision", "auditor2", "qm1", "RA",
        "RA-GLO-1", today.plusDays(5), Priority.URGENT));
    log.info("Raised 4 demo actions");
  }
}
