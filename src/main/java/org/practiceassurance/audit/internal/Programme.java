package org.practiceassurance.audit.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A month's audit programme: drafted by rule, adjusted by a quality manager, then launched. */
@Entity
@Table(name = "audit_programme")
public class Programme {

  public enum Status { DRAFT, LAUNCHED }

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false) private String month;
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) @Column(nullable = false) private Status status;
  @Column(name = "due_date", nullable = false) private LocalDate dueDate;
  @Column(nullable = false) private String rules;
  @Column(name = "created_by", nullable = false) private String createdBy;
  @Column(name = "created_at", nullable = false) private Instant createdAt;
  @Column(name = "launched_by") private String launchedBy;
  @Column(name = "launched_at") private Instant launchedAt;
  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "audit_programme_item", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  private List<Item> items = new ArrayList<>();

  /** One file in the programme and who audits it. */
  @Embeddable
  public static class Item {
    @Column(name = "child_reference", nullable = false) private String childReference;
    @Column(name = "team_code", nullable = false) private String teamCode;
    @Column(nullable = false) private String auditor;
    @Column(name = "audit_id") private Long auditId;

    protected Item() {}

    public Item(String childReference, String teamCode, String auditor) {
      this.childReference = childReference;
      this.teamCode = teamCode;
      this.auditor = auditor;
    }

    public String childReference() { return childReference; }
    public String teamCode() { return teamCode; }
    public String auditor() { return auditor; }
    public Long auditId() { return auditId; }
    void reassign(String to) { this.auditor = to; }
    void launchedAs(long id) { this.auditId = id; }
  }

  protected Programme() {}

  public Programme(String month, LocalDate dueDate, String rules, String createdBy, Instant now) {
    this.month = month;
    this.status = Status.DRAFT;
    this.dueDate = dueDate;
    this.rules = rules;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public void add(Item item) { items.add(item); }
  public void reassign(int index, String auditor) { items.get(index).reassign(auditor); }
  public void launched(String by, Instant now) { status = Status.LAUNCHED; launchedBy = by; launchedAt = now; }
  public void itemLaunched(int index, long auditId) { items.get(index).launchedAs(auditId); }

  public Long id() { return id; }
  public String month() { return month; }
  public Status status() { return status; }
  public LocalDate dueDate() { return dueDate; }
  public String rules() { return rules; }
  public String createdBy() { return createdBy; }
  public List<Item> items() { return items; }
}
