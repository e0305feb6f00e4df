package org.practiceassurance.audit;

import java.time.Instant;
import java.util.List;
import org.practiceassurance.action.ActionSummary;

/**
 * Everything the audit's own page shows: the audit as its auditor and moderators left it, when it
 * was started, submitted and closed, the actions raised from it, and its history, oldest first.
 *
 * @param submittedAt the latest submission (after a rework, the resubmission)
 * @param processInstanceId the audit's case-file-audit process (its diagram shows where the audit stands)
 */
public record AuditRecord(AuditDetails audit, Instant createdAt, Instant submittedAt, Instant closedAt,
    List<ActionSummary> actions, List<Event> history, String processInstanceId) {

  public AuditRecord {
    actions = List.copyOf(actions);
    history = List.copyOf(history);
  }

  /** One step in the audit's life; {@code who} is null where nobody in particular took it (the process did). */
  public record Event(Instant at, String what, String who) {}
}
