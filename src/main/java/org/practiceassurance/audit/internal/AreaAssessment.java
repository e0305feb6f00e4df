package org.practiceassurance.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.practiceassurance.audit.Grade;

@Embeddable
public class AreaAssessment {

  @Enumerated(EnumType.STRING)
  @Column(name = "grade")
  private Grade grade;

  @Column(name = "evidence")
  private String evidence;

  protected AreaAssessment() {}

  AreaAssessment(Grade grade, String evidence) {
    this.grade = grade;
    this.evidence = evidence;
  }

  public Grade grade() {
    return grade;
  }

  public String evidence() {
    return evidence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaAssessment other && java.util.Objects.equals(grade, other.grade) && java.util.Objects.equals(evidence, other.evidence);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(grade, evidence);
  }
}
