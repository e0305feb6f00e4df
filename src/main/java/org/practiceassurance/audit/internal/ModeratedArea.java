package org.practiceassurance.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.practiceassurance.audit.Grade;

@Embeddable
public class ModeratedArea {

  @Enumerated(EnumType.STRING) @Column(name = "auditor_grade", nullable = false) private Grade auditorGrade;
  @Enumerated(EnumType.STRING) @Column(name = "moderated_grade", nullable = false) private Grade moderatedGrade;
  @Column(name = "reason") private String reason;

  protected ModeratedArea() {}

  ModeratedArea(Grade auditorGrade, Grade moderatedGrade, String reason) {
    this.auditorGrade = auditorGrade;
    this.moderatedGrade = moderatedGrade;
    this.reason = reason;
  }

  public Grade auditorGrade() { return auditorGrade; }
  public Grade moderatedGrade() { return moderatedGrade; }
  public String reason() { return reason; }
  public boolean agreed() { return auditorGrade == moderatedGrade; }
}
