package org.practiceassurance.surgery.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.practiceassurance.surgery.SurgeryLevel;
import org.practiceassurance.surgery.SurgeryStatus;
import org.practiceassurance.surgery.SurgerySummary;

/** One surgery of one scope; its notes per indicator travel with it. */
@Entity
@Table(name = "surgery")
public class Surgery {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private SurgeryLevel level;
  @Column(name = "service_code", nullable = false) private String serviceCode;
  @Column(name = "team_code") private String teamCode;
  @Column(nullable = false) private String lead;
  @Column(name = "due_date", nullable = false) private LocalDate dueDate;
  @Column(name = "ad_hoc", nullable = false) private boolean adHoc;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private SurgeryStatus status;
  private String attendees;
  @Column(name = "created_at", nullable = false) private Instant createdAt;
  @Column(name = "prepared_at") private Instant preparedAt;
  @Column(name = "held_at") private Instant heldAt;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "surgery_indicator_note", joinColumns = @JoinColumn(name = "surgery_id"))
  @MapKeyColumn(name = "indicator_code")
  @Column(name = "note")
  private Map<String, String> notes = new TreeMap<>();
  @Version private long version;

  protected Surgery() {}

  public Surgery(SurgeryLevel level, String serviceCode, String teamCode, String lead, LocalDate dueDate, boolean adHoc,
      Instant now) {
    this.level = level;
    this.serviceCode = serviceCode;
    this.teamCode = teamCode;
    this.lead = lead;
    this.dueDate = dueDate;
    this.adHoc = adHoc;
    this.status = SurgeryStatus.SCHEDULED;
    this.createdAt = now;
  }

  public void prepared(String attendees, Instant now) {
    this.attendees = attendees;
    this.status = SurgeryStatus.PREPARED;
    this.preparedAt = now;
  }

  public void attendees(String attendees) {
    this.attendees = attendees;
  }

  public void note(String indicatorCode, String note) {
    if (note == null || note.isBlank()) {
      notes.remove(indicatorCode);
    } else {
      notes.put(indicatorCode, note.trim());
    }
  }

  /** A manager gave the surgery's preparation and meeting to someone else to lead. */
  public void ledBy(String newLead) {
    this.lead = newLead;
  }

  public void held(Instant now) {
    this.status = SurgeryStatus.HELD;
    this.heldAt = now;
  }

  public SurgerySummary summary() {
    return new SurgerySummary(id, level, serviceCode, teamCode, lead, dueDate, adHoc, status);
  }

  public Long id() { return id; }
  public SurgeryLevel level() { return level; }
  public String serviceCode() { return serviceCode; }
  public String teamCode() { return teamCode; }
  public String lead() { return lead; }
  public LocalDate dueDate() { return dueDate; }
  public SurgeryStatus status() { return status; }
  public String attendees() { return attendees; }
  public Map<String, String> notes() { return Map.copyOf(notes); }
}
