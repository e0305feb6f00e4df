package org.practiceassurance.dipsample.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.practiceassurance.dipsample.SampleFile;

/** One drawn file of a dip sample and its reviewer. */
@Entity
@Table(name = "dip_sample_file")
public class SampleFileEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "dip_sample_id", nullable = false) private long sampleId;
  @Column(name = "child_reference", nullable = false) private String childReference;
  @Column(name = "service_code", nullable = false) private String serviceCode;
  @Column(name = "team_code", nullable = false) private String teamCode;
  @Column(nullable = false) private String locality;
  @Column(nullable = false) private String stratum;
  @Column(nullable = false) private String reviewer;
  @Column(name = "reviewed_at") private Instant reviewedAt;

  protected SampleFileEntity() {}

  SampleFileEntity(long sampleId, String childReference, String serviceCode, String teamCode, String locality,
      String stratum, String reviewer) {
    this.sampleId = sampleId;
    this.childReference = childReference;
    this.serviceCode = serviceCode;
    this.teamCode = teamCode;
    this.locality = locality;
    this.stratum = stratum;
    this.reviewer = reviewer;
  }

  /** A manager gave this file's review to someone else. */
  public void reviewBy(String newReviewer) {
    this.reviewer = newReviewer;
  }

  public void reviewed(Instant now) {
    this.reviewedAt = now;
  }

  public SampleFile toSampleFile() {
    return new SampleFile(id, childReference, serviceCode, teamCode, locality, stratum, reviewer, reviewedAt);
  }

  public Long id() { return id; }
  public long sampleId() { return sampleId; }
  public String childReference() { return childReference; }
  public String teamCode() { return teamCode; }
  public String serviceCode() { return serviceCode; }
  public String reviewer() { return reviewer; }
  public Instant reviewedAt() { return reviewedAt; }
}
