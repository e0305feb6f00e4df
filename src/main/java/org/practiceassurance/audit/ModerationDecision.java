package org.practiceassurance.audit;

import java.util.EnumMap;
import java.util.Map;

/** What a moderator decides: a grade per area (with a reason where it differs), the final grade, a rating and feedback. */
public class ModerationDecision {

  private final Map<PracticeArea, Grade> grades = new EnumMap<>(PracticeArea.class);
  private final Map<PracticeArea, String> reasons = new EnumMap<>(PracticeArea.class);
  private Grade finalGrade;
  private String finalGradeReason;
  private QualityRating quality;
  private String feedback;
  private boolean returnForRework;

  public Map<PracticeArea, Grade> grades() { return grades; }
  public Map<PracticeArea, String> reasons() { return reasons; }
  public Grade getFinalGrade() { return finalGrade; }
  public void setFinalGrade(Grade finalGrade) { this.finalGrade = finalGrade; }
  public String getFinalGradeReason() { return finalGradeReason; }
  public void setFinalGradeReason(String finalGradeReason) { this.finalGradeReason = finalGradeReason; }
  public QualityRating getQuality() { return quality; }
  public void setQuality(QualityRating quality) { this.quality = quality; }
  public String getFeedback() { return feedback; }
  public void setFeedback(String feedback) { this.feedback = feedback; }
  public boolean isReturnForRework() { return returnForRework; }
  public void setReturnForRework(boolean returnForRework) { this.returnForRework = returnForRework; }
}
