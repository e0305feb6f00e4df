package org.practiceassurance.action.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.practiceassurance.action.ActionHistoryItem;
import org.practiceassurance.action.ActionHistoryItem.Kind;

/** One line of an action's history. Written once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "action_history")
class ActionHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id", nullable = false)
  private ActionEntity action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(length = 4000)
  private String text;

  @Column(length = 1000)
  private String link;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected ActionHistoryEntry() {}

  ActionHistoryEntry(ActionEntity action, Kind kind, String text, String link, LocalDate dueDate, String actor,
      Instant occurredAt) {
    this.action = action;
    this.kind = kind;
    this.text = text;
    this.link = link;
    this.dueDate = dueDate;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  Kind kind() {
    return kind;
  }

  ActionHistoryItem toItem() {
    return new ActionHistoryItem(kind, text, link, dueDate, actor, occurredAt);
  }
}
