package org.practiceassurance.dipsample.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.dipsample.DipSampleDesign;
import org.practiceassurance.dipsample.DipSampleDesign.SizeMode;
import org.practiceassurance.dipsample.DipSampleDesign.Stratification;
import org.practiceassurance.dipsample.DipSampleStatus;

/** A dip sample: its design, where it is, and its findings. Its files are {@link SampleFileEntity} rows. */
@Entity
@Table(name = "dip_sample")
public class DipSample {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false) private String title;
  @Column(name = "question_set_id", nullable = false) private long questionSetId;
  @Column(nullable = false) private String lead;
  @Enumerated(EnumType.STRING) @Column(nullable = false) private DipSampleStatus status;
  @Column(name = "service_code") private String serviceCode;
  @Column(name = "team_code") private String teamCode;
  private String locality;
  @Enumerated(EnumType.STRING) @Column(name = "legal_status") private LegalStatus legalStatus;
  @Column(name = "opened_from") private LocalDate openedFrom;
  @Column(name = "opened_to") private LocalDate openedTo;
  @Column(name = "child_references") private String childReferences;
  @Enumerated(EnumType.STRING) @Column(name = "size_mode", nullable = false) private SizeMode sizeMode;
  @Column(name = "size_value", nullable = false) private int sizeValue;
  @Enumerated(EnumType.STRING) @Column(name = "stratify_by", nullable = false) private Stratification stratifyBy;
  @Column(name = "minimum_per_stratum", nullable = false) private int minimumPerStratum;
  @Column(name = "exclude_open_samples", nullable = false) private boolean excludeOpenSamples;
  @Column(nullable = false) private long seed;
  @Column(nullable = false) private String reviewers;
  @Column(name = "due_date", nullable = false) private LocalDate dueDate;
  @Column(name = "run_number", nullable = false) private int runNumber = 1;
  @Column(name = "previous_run_id") private Long previousRunId;
  @Column(name = "same_children", nullable = false) private boolean sameChildren;
  @Column(name = "repeat_every_weeks") private Integer repeatEveryWeeks;
  @Column(name = "repeat_target") private Double repeatTarget;
  @Column(name = "requested_by") private String requestedBy;
  @Column(name = "request_reason") private String requestReason;
  @Column(name = "request_source") private String requestSource;
  @Column(name = "created_by", nullable = false) private String createdBy;
  @Column(name = "created_at", nullable = false) private Instant createdAt;
  @Column(name = "launched_at") private Instant launchedAt;
  @Column(name = "reviews_closed_at") private Instant reviewsClosedAt;
  @Column(name = "closed_early_reason") private String closedEarlyReason;
  private String findings;
  private String remediation;
  @Column(name = "rerun_decision") private String rerunDecision;
  @Column(name = "completed_at") private Instant completedAt;
  @Version private long version;

  protected DipSample() {}

  public DipSample(long questionSetId, String createdBy, Instant now) {
    this.questionSetId = questionSetId;
    this.createdBy = createdBy;
    this.lead = createdBy;
    this.createdAt = now;
    this.status = DipSampleStatus.DRAFT;
  }

  /** Writes a design onto this sample (a new one, or a requested draft being completed). */
  public void design(DipSampleDesign d, long questionSetId, long drawnSeed, String lead) {
    this.title = d.title().trim();
    this.questionSetId = questionSetId;
    this.serviceCode = blankToNull(d.serviceCode());
    this.teamCode = blankToNull(d.teamCode());
    this.locality = blankToNull(d.locality());
    this.legalStatus = d.legalStatus();
    this.openedFrom = d.openedFrom();
    this.openedTo = d.openedTo();
    this.childReferences = blankToNull(d.childReferences());
    this.sizeMode = d.sizeMode();
    this.sizeValue = d.sizeValue();
    this.stratifyBy = d.stratifyBy();
    this.minimumPerStratum = d.minimumPerStratum();
    this.excludeOpenSamples = d.excludeOpenSamples();
    this.seed = drawnSeed;
    this.reviewers = String.join(",", d.reviewers());
    this.dueDate = d.dueDate();
    this.lead = lead;
  }

  /** The design this sample was drawn with (the same seed gives the same draw). */
  public DipSampleDesign designed(String themeCode) {
    return new DipSampleDesign(title, themeCode, serviceCode, teamCode, locality, legalStatus, openedFrom, openedTo,
        childReferences, sizeMode, sizeValue, stratifyBy, minimumPerStratum, excludeOpenSamples, seed, reviewerList(),
        dueDate);
  }

  public void requested(String requestedBy, String reason, String source) {
    this.requestedBy = requestedBy;
    this.requestReason = reason;
    this.requestSource = source;
  }

  public void rerunOf(DipSample previous, boolean sameChildren) {
    this.previousRunId = previous.id;
    this.runNumber = previous.runNumber + 1;
    this.sameChildren = sameChildren;
    this.repeatEveryWeeks = previous.repeatEveryWeeks;
    this.repeatTarget = previous.repeatTarget;
  }

  public void launched(Instant now) {
    this.status = DipSampleStatus.REVIEWING;
    this.launchedAt = now;
  }

  public void closedEarly(String reason) {
    this.closedEarlyReason = reason;
  }

  public void reviewsClosed(Instant now) {
    this.status = DipSampleStatus.FINDINGS;
    this.reviewsClosedAt = now;
  }

  public void completed(String findings, String remediation, String rerunDecision, Integer repeatEveryWeeks,
      Double repeatTarget, Instant now) {
    this.findings = findings;
    this.remediation = remediation;
    this.rerunDecision = rerunDecision;
    this.repeatEveryWeeks = repeatEveryWeeks;
    this.repeatTarget = repeatTarget;
    this.status = DipSampleStatus.COMPLETE;
    this.completedAt = now;
  }

  public List<String> reviewerList() {
    return reviewers == null || reviewers.isBlank() ? List.of() : Arrays.asList(reviewers.split(","));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Long id() { return id; }
  public String title() { return title; }
  public long questionSetId() { return questionSetId; }
  public String lead() { return lead; }

  /** A manager gave the sample's findings to someone else to write. */
  public void ledBy(String newLead) {
    this.lead = newLead;
  }
  public DipSampleStatus status() { return status; }
  public String serviceCode() { return serviceCode; }
  public String teamCode() { return teamCode; }
  public String locality() { return locality; }
  public LegalStatus legalStatus() { return legalStatus; }
  public LocalDate openedFrom() { return openedFrom; }
  public LocalDate openedTo() { return openedTo; }
  public String childReferences() { return childReferences; }
  public SizeMode sizeMode() { return sizeMode; }
  public int sizeValue() { return sizeValue; }
  public Stratification stratifyBy() { return stratifyBy; }
  public int minimumPerStratum() { return minimumPerStratum; }
  public boolean excludeOpenSamples() { return excludeOpenSamples; }
  public long seed() { return seed; }
  public LocalDate dueDate() { return dueDate; }
  public int runNumber() { return runNumber; }
  public Long previousRunId() { return previousRunId; }
  public boolean sameChildren() { return sameChildren; }
  public Integer repeatEveryWeeks() { return repeatEveryWeeks; }
  public Double repeatTarget() { return repeatTarget; }
  public String requestedBy() { return requestedBy; }
  public String requestReason() { return requestReason; }
  public String requestSource() { return requestSource; }
  public Instant launchedAt() { return launchedAt; }
  public String closedEarlyReason() { return closedEarlyReason; }
  public String findings() { return findings; }
  public String remediation() { return remediation; }
  public String rerunDecision() { return rerunDecision; }
}
