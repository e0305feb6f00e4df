package org.practiceassurance.audit.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.action.ActionClosed;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.Actions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an audit's last action closes (in the same transaction), its process moves on and the audit closes. */
@Component
class AuditActionsListener {

  private final Actions actions;
  private final AuditRepository audits;
  private final RuntimeService runtime;

  AuditActionsListener(Actions actions, AuditRepository audits, RuntimeService runtime) {
    this.actions = actions;
    this.audits = audits;
    this.runtime = runtime;
  }

  @EventListener
  void on(ActionClosed closed) {
    if (!ActionSource.AUDIT.name().equals(closed.source()) || !closed.sourceId().matches("\\d{1,18}")
        || !actions.allClosed(closed.source(), closed.sourceId())) {
      return; // an audit's actions carry the audit's numeric id; anything else is not ours
    }
    audits.findById(Long.valueOf(closed.sourceId())).ifPresent(audit -> runtime
        .createMessageCorrelation("AuditActionsClosed").processInstanceId(audit.processInstanceId()).correlateWithResult());
  }
}
