package org.practiceassurance.casefile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.LegalStatus;

/**
 * The product's copy of one child's case file. Upserted by child reference on every import; never
 * deleted: a full import that no longer lists it closes it, a later import that lists it reopens it.
 */
@Entity
@Table(name = "case_file")
public class CaseFileEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  private Long id;

  @Column(name = "child_reference", nullable = false, unique = true, length = 40)
  private String childReference;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_status", nullable = false, length = 20)
  private LegalStatus legalStatus;

  @Column(name = "service_code", nullable = false, length = 10)
  private String serviceCode;

  @Column(name = "team_code", nullable = false, length = 40)
  private String teamCode;

  @Column(length = 60)
  private String locality;

  @Column(name = "allocated_worker", length = 100)
  private String allocatedWorker;

  @Column(name = "team_manager", length = 100)
  private String teamManager;

  @Column(name = "date_opened", nullable = false)
  private LocalDate dateOpened;

  @Column(name = "is_open", nullable = false)
  private boolean open;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "first_seen_at", nullable = false)
  private Instant firstSeenAt;

  @Column(name = "last_updated_at", nullable = false)
  private Instant lastUpdatedAt;

  protected CaseFileEntity() {}

  CaseFileEntity(CaseFile file, Instant now) {
    this.childReference = file.childReference();
    this.firstSeenAt = now;
    apply(file, now);
  }

  /** The roster's view of this file, open; false when it matches what is stored already. */
  boolean update(CaseFile file, Instant now) {
    if (file.equals(toCaseFile())) {
      return false;
    }
    apply(file, now);
    return true;
  }

  private void apply(CaseFile file, Instant now) {
    if (!Objects.equals(childReference, file.childReference())) {
      throw new IllegalArgumentException("Not the same file: " + childReference + " / " + file.childReference());
    }
    displayName = file.displayName();
    dateOfBirth = file.dateOfBirth();
    legalStatus = file.legalStatus();
    serviceCode = file.serviceCode();
    teamCode = file.teamCode();
    locality = file.locality();
    allocatedWorker = file.allocatedWorker();
    teamManager = file.teamManager();
    dateOpened = file.dateOpened();
    open = file.open();
    closedOn = open ? null : closedOn;
    lastUpdatedAt = now;
  }

  void close(LocalDate on, Instant now) {
    open = false;
    closedOn = on;
    lastUpdatedAt = now;
  }

  public String childReference() {
    return childReference;
  }

  public boolean isOpen() {
    return open;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public Instant lastUpdatedAt() {
    return lastUpdatedAt;
  }

  public CaseFile toCaseFile() {
    return new CaseFile(childReference, displayName, dateOfBirth, legalStatus, serviceCode, teamCode, locality,
        allocatedWorker, teamManager, dateOpened, open);
  }
}
