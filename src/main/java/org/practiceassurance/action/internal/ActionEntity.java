package org.practiceassurance.action.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.practiceassurance.action.ActionHistoryItem;
import org.practiceassurance.action.ActionHistoryItem.Kind;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.Priority;

/**
 * One action until closure. Its state changes only through the methods below, each of which
 * appends to the history; nothing is ever deleted (the database refuses deletes too).
 */
@Entity
@Table(name = "action")
public class ActionEntity {

  @Id
  @Column(length = 20)
  private String id;

  @Column(nullable = false, length = 20)
  private String source;

  @Column(name = "source_id", nullable = false, length = 100)
  private String sourceId;

  @Column(name = "child_reference", length = 40)
  private String childReference;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(nullable = false, length = 100)
  private String owner;

  @Column(name = "raised_by", nullable = false, length = 100)
  private String raisedBy;

  @Column(name = "service_code", nullable = false, length = 40)
  private String serviceCode;

  @Column(name = "team_code", length = 40)
  private String teamCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Priority priority;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ActionStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Version
  private Long version;

  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt asc, id asc")
  private List<ActionHistoryEntry> history = new ArrayList<>();

  protected ActionEntity() {}

  ActionEntity(String id, String source, String sourceId, String childReference, String description, String owner,
      String raisedBy, String serviceCode, String teamCode, Priority priority, LocalDate dueDate, Instant now) {
    this.id = id;
    this.source = source;
    this.sourceId = sourceId;
    this.childReference = childReference;
    this.description = description;
    this.owner = owner;
    this.raisedBy = raisedBy;
    this.serviceCode = serviceCode;
    this.teamCode = teamCode;
    this.priority = priority;
    this.dueDate = dueDate;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
    append(Kind.RAISED, description, null, dueDate, raisedBy, now);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void recordProgress(String text, String link, String actor, Instant now) {
    append(Kind.PROGRESS, text, link, null, actor, now);
  }

  void markDone(String actor, Instant now) {
    status = ActionStatus.DONE_AWAITING_VERIFICATION;
    doneAt = now;
    append(Kind.DONE, null, null, null, actor, now);
  }

  /** @return false if it was no longer with its owner (nothing changed) */
  boolean markOverdue(Instant now) {
    if (status != ActionStatus.OPEN) {
      return false;
    }
    status = ActionStatus.OVERDUE;
    append(Kind.OVERDUE, "Due " + dueDate + " and not done", null, null, "system", now);
    return true;
  }

  /** A manager gave the action to someone else to carry out. */
  void handOver(String newOwner, String reason, String actor, Instant now) {
    String previous = owner;
    owner = newOwner;
    append(Kind.HANDED_OVER, "From " + previous + " to " + newOwner + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()),
        null, null, actor, now);
  }

  void recordChase(String note, String actor, Instant now) {
    append(Kind.CHASED, note, null, null, actor, now);
  }

  void reopen(String reason, LocalDate newDueDate, String actor, Instant now) {
    status = ActionStatus.OPEN;
    dueDate = newDueDate;
    doneAt = null;
    append(Kind.REOPENED, reason, null, newDueDate, actor, now);
  }

  void close(String comment, String actor, Instant now) {
    status = ActionStatus.CLOSED;
    closedAt = now;
    closedBy = actor;
    append(Kind.CLOSED, comment, null, null, actor, now);
  }

  /** Progress notes recorded since it was raised or last reopened. */
  boolean hasProgressSinceLastOpened() {
    for (int i = history.size() - 1; i >= 0; i--) {
      Kind kind = history.get(i).kind();
      if (kind == Kind.PROGRESS) {
        return true;
      }
      if (kind == Kind.RAISED || kind == Kind.REOPENED) {
        return false;
      }
    }
    return false;
  }

  private void append(Kind kind, String text, String link, LocalDate due, String actor, Instant at) {
    history.add(new ActionHistoryEntry(this, kind, text, link, due, actor, at));
  }

  public String id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public String source() {
    return source;
  }

  public String sourceId() {
    return sourceId;
  }

  public String serviceCode() {
    return serviceCode;
  }

  public String childReference() {
    return childReference;
  }

  public String teamCode() {
    return teamCode;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public ActionStatus status() {
    return status;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public List<ActionHistoryItem> history() {
    return history.stream().map(ActionHistoryEntry::toItem).toList();
  }

  public ActionSummary summary() {
    return new ActionSummary(id, source, sourceId, childReference, description, owner, raisedBy, serviceCode,
        teamCode, priority, dueDate, status, createdAt, doneAt, closedAt, closedBy);
  }
}
