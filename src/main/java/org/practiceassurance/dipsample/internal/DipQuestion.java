package org.practiceassurance.dipsample.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.practiceassurance.dipsample.AnswerType;
import org.practiceassurance.dipsample.Question;

/** One question of a published set. Written once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "dip_question")
class DipQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_set_id", nullable = false)
  private DipQuestionSet questionSet;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 1000)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_type", nullable = false, length = 20)
  private AnswerType answerType;

  @Column(nullable = false, length = 2000)
  private String guidance;

  protected DipQuestion() {}

  DipQuestion(DipQuestionSet questionSet, int position, String text, AnswerType answerType, String guidance) {
    this.questionSet = questionSet;
    this.position = position;
    this.text = text;
    this.answerType = answerType;
    this.guidance = guidance;
  }

  int position() {
    return position;
  }

  Question toQuestion() {
    return new Question(id, position, text, answerType, guidance);
  }
}
