package org.practiceassurance.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public class ProposedActionRow {

  @Column(nullable = false) private String description;
  @Column(nullable = false) private String owner;
  @Column(name = "due_date", nullable = false) private LocalDate dueDate;
  @Column(nullable = false) private String priority;
  @Column(name = "action_id") private String actionId;

  protected ProposedActionRow() {}

  ProposedActionRow(String description, String owner, LocalDate dueDate, String priority) {
    this.description = description;
    this.owner = owner;
    this.dueDate = dueDate;
    this.priority = priority;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public String priority() {
    return priority;
  }

  public String actionId() {
    return actionId;
  }

  void raisedAs(String id) {
    this.actionId = id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProposedActionRow other && java.util.Objects.equals(description, other.description) && java.util.Objects.equals(owner, other.owner) && java.util.Objects.equals(dueDate, other.dueDate) && java.util.Objects.equals(priority, other.priority) && java.util.Objects.equals(actionId, other.actionId);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(description, owner, dueDate, priority, actionId);
  }
}
