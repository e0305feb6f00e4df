package org.practiceassurance.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the auditor fills in: a mutable form bean, bound to the audit screen and saved as a draft on
 * every change. {@code null} means "not answered yet".
 */
public class AuditForm {

  private final Map<PracticeArea, Grade> grades = new EnumMap<>(PracticeArea.class);
  private final Map<PracticeArea, String> evidence = new EnumMap<>(PracticeArea.class);
  private String childVoice;
  private String diversityIdentity;
  private Boolean riskActedOn;
  private String riskNotes;
  private Grade overallGrade;
  private String overallGradeReason;
  private final List<ProposedAction> actions = new ArrayList<>();

  /** An action the auditor wants raised when the audit is accepted. */
  public record ProposedAction(String description, String owner, LocalDate dueDate, String priority) {}

  public Grade grade(PracticeArea area) {
    return grades.get(area);
  }

  public void setGrade(PracticeArea area, Grade grade) {
    if (grade == null) {
      grades.remove(area);
    } else {
      grades.put(area, grade);
    }
  }

  public String evidence(PracticeArea area) {
    return evidence.get(area);
  }

  public void setEvidence(PracticeArea area, String text) {
    evidence.put(area, text);
  }

  public String getChildVoice() {
    return childVoice;
  }

  public void setChildVoice(String childVoice) {
    this.childVoice = childVoice;
  }

  public String getDiversityIdentity() {
    return diversityIdentity;
  }

  public void setDiversityIdentity(String diversityIdentity) {
    this.diversityIdentity = diversityIdentity;
  }

  public Boolean getRiskActedOn() {
    return riskActedOn;
  }

  public void setRiskActedOn(Boolean riskActedOn) {
    this.riskActedOn = riskActedOn;
  }

  public String getRiskNotes() {
    return riskNotes;
  }

  public void setRiskNotes(String riskNotes) {
    this.riskNotes = riskNotes;
  }

  public Grade getOverallGrade() {
    return overallGrade;
  }

  public void setOverallGrade(Grade overallGrade) {
    this.overallGrade = overallGrade;
  }

  public String getOverallGradeReason() {
    return overallGradeReason;
  }

  public void setOverallGradeReason(String overallGradeReason) {
    this.overallGradeReason = overallGradeReason;
  }

  public List<ProposedAction> actions() {
    return actions;
  }

  public Map<PracticeArea, Grade> grades() {
    return grades;
  }
}
