package org.practiceassurance.audit.internal;

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
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practiceassurance.audit.AuditForm;
import org.practiceassurance.audit.AuditStatus;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.audit.PracticeArea;

/** One audit of one child's file: the auditor's draft and submission, and the final grade. */
@Entity
@Table(name = "audit")
public class Audit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "child_reference", nullable = false) private String childReference;
  @Column(name = "service_code", nullable = false) private String serviceCode;
  @Column(name = "team_code", nullable = false) private String teamCode;
  @Column(name = "allocated_worker") private String allocatedWorker;
  @Column(name = "team_manager") private String teamManager;
  private String auditor;
  @Column(name = "due_date", nullable = false) private LocalDate dueDate;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private AuditStatus status;
  @Column(name = "process_instance_id") private String processInstanceId;
  @Column(name = "programme_id") private Long programmeId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "audit_area", joinColumns = @JoinColumn(name = "audit_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "area")
  private Map<PracticeArea, AreaAssessment> areas = new EnumMap<>(PracticeArea.class);

  @Column(name = "child_voice") private String childVoice;
  @Column(name = "diversity_identity") private String diversityIdentity;
  @Column(name = "risk_acted_on") private Boolean riskActedOn;
  @Column(name = "risk_notes") private String riskNotes;
  @Enumerated(EnumType.STRING) @Column(name = "suggested_grade") private Grade suggestedGrade;
  @Enumerated(EnumType.STRING) @Column(name = "overall_grade") private Grade overallGrade;
  @Column(name = "overall_grade_reason") private String overallGradeReason;
  @Column(name = "moderation_reason") private String moderationReason;
  @Enumerated(EnumType.STRING) @Column(name = "final_grade") private Grade finalGrade;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "audit_proposed_action", joinColumns = @JoinColumn(name = "audit_id"))
  @OrderColumn(name = "position")
  private List<ProposedActionRow> proposedActions = new ArrayList<>();

  @Column(name = "created_at", nullable = false) private Instant createdAt;
  @Column(name = "draft_saved_at") private Instant draftSavedAt;
  @Column(name = "submitted_at") private Instant submittedAt;
  @Column(name = "closed_at") private Instant closedAt;
  @Version private long version;

  protected Audit() {}

  public Audit(String childReference, String serviceCode, String teamCode, String allocatedWorker, String teamManager,
      String auditor, LocalDate dueDate, Instant now) {
    this.childReference = childReference;
    this.serviceCode = serviceCode;
    this.teamCode = teamCode;
    this.allocatedWorker = allocatedWorker;
    this.teamManager = teamManager;
    this.auditor = auditor;
    this.dueDate = dueDate;
    this.status = auditor == null ? AuditStatus.UNASSIGNED : AuditStatus.ASSIGNED;
    this.createdAt = now;
  }

  /** Copies the form in as the current draft. */
  public void saveDraft(AuditForm form, Grade suggested, Instant now) {
    // Only changed areas are written: the form is saved on every keystroke.
    for (PracticeArea area : PracticeArea.values()) {
      AreaAssessment assessment = form.grade(area) != null || form.evidence(area) != null
          ? new AreaAssessment(form.grade(area), form.evidence(area)) : null;
      if (assessment == null) {
        areas.remove(area);
      } else if (!assessment.equals(areas.get(area))) {
        areas.put(area, assessment);
      }
    }
    childVoice = form.getChildVoice();
    diversityIdentity = form.getDiversityIdentity();
    riskActedOn = form.getRiskActedOn();
    riskNotes = form.getRiskNotes();
    suggestedGrade = suggested;
    overallGrade = form.getOverallGrade();
    overallGradeReason = form.getOverallGradeReason();
    List<ProposedActionRow> proposed = form.actions().stream()
        .map(a -> new ProposedActionRow(a.description(), a.owner(), a.dueDate(), a.priority())).toList();
    if (!proposed.equals(proposedActions)) {
      proposedActions.clear();
      proposedActions.addAll(proposed);
    }
    draftSavedAt = now;
    if (status == AuditStatus.UNASSIGNED || status == AuditStatus.ASSIGNED) {
      status = AuditStatus.IN_PROGRESS;
    }
  }

  public AuditForm toForm() {
    AuditForm form = new AuditForm();
    areas.forEach((area, assessment) -> {
      form.setGrade(area, assessment.grade());
      form.setEvidence(area, assessment.evidence());
    });
    form.setChildVoice(childVoice);
    form.setDiversityIdentity(diversityIdentity);
    form.setRiskActedOn(riskActedOn);
    form.setRiskNotes(riskNotes);
    form.setOverallGrade(overallGrade);
    form.setOverallGradeReason(overallGradeReason);
    proposedActions.forEach(a -> form.actions().add(
        new AuditForm.ProposedAction(a.description(), a.owner(), a.dueDate(), a.priority())));
    return form;
  }

  /**
   * Submitted (again, after a rework: then it goes straight back to moderation). The auditor's grade
   * stands as the final one until a moderator decides otherwise (the insight figures count it so);
   * screens show it as final only once {@link AuditStatus#gradeDecided()}.
   */
  public void submitted(Instant now) {
    submittedAt = now;
    finalGrade = overallGrade;
    if (status == AuditStatus.RETURNED) {
      status = AuditStatus.IN_MODERATION;
    }
  }

  public void status(AuditStatus next) {
    this.status = next;
  }

  public void moderationDecided(boolean moderated, String reason) {
    this.moderationReason = moderated ? reason : null;
    this.status = moderated ? AuditStatus.IN_MODERATION : AuditStatus.AWAITING_ACTIONS;
  }

  public void moderated(Grade finalGrade) {
    this.finalGrade = finalGrade;
  }

  public void closed(Instant now) {
    status = AuditStatus.CLOSED;
    closedAt = now;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The auditor who holds it now; nobody ({@code null}) puts an audit not yet started back to waiting for one. */
  public void assignTo(String auditor) {
    this.auditor = auditor;
    if (auditor != null && status == AuditStatus.UNASSIGNED) {
      status = AuditStatus.ASSIGNED;
    } else if (auditor == null && status == AuditStatus.ASSIGNED) {
      status = AuditStatus.UNASSIGNED;
    }
  }

  public Long id() { return id; }
  public String childReference() { return childReference; }
  public String serviceCode() { return serviceCode; }
  public String teamCode() { return teamCode; }
  public String allocatedWorker() { return allocatedWorker; }
  public String teamManager() { return teamManager; }
  public String auditor() { return auditor; }
  public LocalDate dueDate() { return dueDate; }
  public AuditStatus status() { return status; }
  public String processInstanceId() { return processInstanceId; }
  public Grade suggestedGrade() { return suggestedGrade; }
  public Grade overallGrade() { return overallGrade; }
  public Grade finalGrade() { return finalGrade; }
  /** The final grade once it stands (moderated, or not selected for moderation); null before. */
  public Grade decidedGrade() { return status.gradeDecided() ? finalGrade : null; }
  public String moderationReason() { return moderationReason; }
  public Instant createdAt() { return createdAt; }
  public Instant draftSavedAt() { return draftSavedAt; }
  public Instant submittedAt() { return submittedAt; }
  public Instant closedAt() { return closedAt; }
  public Map<PracticeArea, AreaAssessment> areas() { return areas; }
  public List<ProposedActionRow> proposedActions() { return proposedActions; }
  public long version() { return version; }
}
