package org.practiceassurance.surgery.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An action on a surgery's log and the head of service accountable for it. */
@Entity
@Table(name = "surgery_action")
public class SurgeryActionEntity {

  @Id
  @Column(name = "action_id") private String actionId;
  @Column(name = "surgery_id", nullable = false) private long surgeryId;
  @Column(name = "accountable_hos", nullable = false) private String accountableHos;
  @Column(name = "child_reference") private String childReference;

  protected SurgeryActionEntity() {}

  public SurgeryActionEntity(String actionId, long surgeryId, String accountableHos, String childReference) {
    this.actionId = actionId;
    this.surgeryId = surgeryId;
    this.accountableHos = accountableHos;
    this.childReference = childReference;
  }

  public String actionId() { return actionId; }
  public long surgeryId() { return surgeryId; }
  public String accountableHos() { return accountableHos; }
}
