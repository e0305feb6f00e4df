package org.practiceassurance.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.audit.AuditDetails;
import org.practiceassurance.audit.AuditRecord.Event;
import org.springframework.stereotype.Component;

/**
 * An audit's history: started, assigned (and handed back), submitted, selected for moderation or
 * not, moderated (returned or accepted), resubmitted, actions raised and closed, closed. From the
 * audit's own timestamps, its moderations and actions, and Camunda's history of the auditor's tasks
 * (who held them, when they were completed).
 */
@Component
public class AuditHistory {

  static final String COMPLETE_AUDIT = "complete-audit";
  static final String REWORK_AUDIT = "rework-audit";

  private final HistoryService history;

  AuditHistory(HistoryService history) {
    this.history = history;
  }

  public List<Event> of(Audit audit, List<AuditDetails.ModerationSummary> moderations, List<ActionSummary> actions) {
    List<Event> events = new ArrayList<>();
    events.add(new Event(audit.createdAt(), "Audit started, due " + audit.dueDate(), null));
    Instant firstSubmission = null;
    if (audit.processInstanceId() != null) {
      List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
          .processInstanceId(audit.processInstanceId()).orderByHistoricActivityInstanceStartTime().asc().list();
      for (HistoricTaskInstance task : tasks) {
        boolean first = COMPLETE_AUDIT.equals(task.getTaskDefinitionKey());
        if (!first && !REWORK_AUDIT.equals(task.getTaskDefinitionKey())) {
          continue;
        }
        if (first) {
          assignments(task, events);
        }
        if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
          Instant ended = task.getEndTime().toInstant();
          events.add(new Event(ended, first ? "Submitted" : "Resubmitted after rework", task.getAssignee()));
          firstSubmission = first ? ended : firstSubmission;
        }
      }
    }
    if (firstSubmission == null && audit.submittedAt() != null) {
      firstSubmission = audit.submittedAt(); // an audit submitted before its process kept history
      events.add(new Event(firstSubmission, "Submitted", audit.auditor()));
    }
    if (firstSubmission != null && audit.moderationReason() != null) {
      events.add(new Event(firstSubmission, "Selected for moderation: " + audit.moderationReason(), null));
    } else if (firstSubmission != null && moderations.isEmpty() && audit.status().gradeDecided()) {
      events.add(new Event(firstSubmission, "Not selected for moderation", null));
    }
    for (AuditDetails.ModerationSummary m : moderations) {
      events.add(new Event(m.completedAt(), "RETURNED".equals(m.outcome())
          ? "Returned for rework by the moderator" : "Moderated and accepted, final grade " + m.finalGrade().label(),
          m.moderator()));
    }
    for (ActionSummary action : actions) {
      events.add(new Event(action.createdAt(), "Action " + action.id() + " raised for " + action.owner(), null));
      if (action.closedAt() != null) {
        events.add(new Event(action.closedAt(), "Action " + action.id() + " closed", action.closedBy()));
      }
    }
    if (audit.closedAt() != null) {
      events.add(new Event(audit.closedAt(), "Audit closed", null));
    }
    events.sort(Comparator.comparing(Event::at));
    return events;
  }

  /** Who was given the audit, or claimed it, and who handed it back, with when. */
  private void assignments(HistoricTaskInstance task, List<Event> events) {
    List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .type(IdentityLinkType.ASSIGNEE).orderByTime().asc().list();
    for (HistoricIdentityLinkLog link : links) {
      boolean added = "add".equals(link.getOperationType());
      events.add(new Event(link.getTime().toInstant(), added ? "Assigned to " + link.getUserId()
          : "Handed back by " + link.getUserId(), null));
    }
  }
}
