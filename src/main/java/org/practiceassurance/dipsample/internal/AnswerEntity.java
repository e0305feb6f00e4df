package org.practiceassurance.dipsample.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practiceassurance.dipsample.Answer;
import org.practiceassurance.dipsample.AnswerValue;

/** A reviewer's answer to one question for one file. */
@Entity
@Table(name = "dip_answer")
public class AnswerEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "sample_file_id", nullable = false) private long sampleFileId;
  @Column(name = "question_id", nullable = false) private long questionId;
  @Enumerated(EnumType.STRING) private Answer answer;
  @Column(name = "number_value") private Double numberValue;
  @Column(name = "text_value") private String textValue;
  private String notes;

  protected AnswerEntity() {}

  public AnswerEntity(long sampleFileId, long questionId) {
    this.sampleFileId = sampleFileId;
    this.questionId = questionId;
  }

  public void set(AnswerValue value) {
    this.answer = value.answer();
    this.numberValue = value.number();
    this.textValue = value.text() == null || value.text().isBlank() ? null : value.text().trim();
    this.notes = value.notes() == null || value.notes().isBlank() ? null : value.notes().trim();
  }

  public AnswerValue toValue() {
    return new AnswerValue(questionId, answer, numberValue, textValue, notes);
  }

  public long questionId() { return questionId; }
}
