package org.practiceassurance.dipsample.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.practiceassurance.dipsample.NewQuestion;
import org.practiceassurance.dipsample.QuestionSet;

/** One published version of a theme's questions. Written once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "dip_question_set")
class DipQuestionSet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theme_code", nullable = false)
  private DipTheme theme;

  @Column(nullable = false)
  private int version;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "questionSet", cascade = CascadeType.PERSIST)
  @OrderBy("position asc")
  @BatchSize(size = 50)
  private List<DipQuestion> questions = new ArrayList<>();

  protected DipQuestionSet() {}

  /** The questions are numbered 1, 2, 3... in the order given. */
  DipQuestionSet(DipTheme theme, int version, String createdBy, Instant createdAt, List<NewQuestion> questions) {
    this.theme = theme;
    this.version = version;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    for (int i = 0; i < questions.size(); i++) {
      NewQuestion q = questions.get(i);
      this.questions.add(new DipQuestion(this, i + 1, q.text(), q.answerType(), q.guidance()));
    }
  }

  QuestionSet toQuestionSet() {
    return new QuestionSet(id, theme.code(), theme.name(), version, createdBy, createdAt,
        questions.stream().sorted(Comparator.comparingInt(DipQuestion::position)).map(DipQuestion::toQuestion).toList());
  }
}
