package org.practiceassurance.dipsample.internal;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.practiceassurance.dipsample.NewQuestion;
import org.practiceassurance.dipsample.QuestionSet;
import org.practiceassurance.dipsample.Theme;
import org.springframework.stereotype.Component;

/**
 * Persistence of the question library, kept inside the module. Validation, roles and transactions
 * belong to {@link org.practiceassurance.dipsample.QuestionLibrary}; this only reads and inserts.
 */
@Component
public class QuestionStore {

  private final DipThemeRepository themes;
  private final DipQuestionSetRepository sets;

  QuestionStore(DipThemeRepository themes, DipQuestionSetRepository sets) {
    this.themes = themes;
    this.sets = sets;
  }

  /** Every theme with its latest version, by name. */
  public List<Theme> themes() {
    return themes.latestOfEach().stream().map(QuestionStore::toTheme).toList();
  }

  public Optional<Theme> theme(String code) {
    return themes().stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public boolean themeExists(String code) {
    return themes.existsById(code);
  }

  public boolean themeNameTaken(String name) {
    return themes.existsByNameIgnoringCase(name);
  }

  public Optional<QuestionSet> latest(String themeCode) {
    return sets.findFirstByThemeCodeOrderByVersionDesc(themeCode).map(DipQuestionSet::toQuestionSet);
  }

  public Optional<QuestionSet> questionSet(long id) {
    return sets.findById(id).map(DipQuestionSet::toQuestionSet);
  }

  /** Newest first. */
  public List<QuestionSet> versions(String themeCode) {
    return sets.findByThemeCodeOrderByVersionDesc(themeCode).stream().map(DipQuestionSet::toQuestionSet).toList();
  }

  /**
   * Inserts a theme; a code someone has just taken fails with a
   * {@link org.springframework.dao.DataIntegrityViolationException}.
   */
  public void addTheme(String code, String name, String description) {
    themes.saveAndFlush(new DipTheme(code, name, description));
  }

  /**
   * Inserts a version of a theme's questions, numbered in the order given; a version number someone
   * has just taken fails with a {@link org.springframework.dao.DataIntegrityViolationException}.
   */
  public QuestionSet addVersion(String themeCode, int version, String createdBy, Instant createdAt,
      List<NewQuestion> questions) {
    DipTheme theme = themes.findById(themeCode).orElseThrow(() -> new NoSuchElementException("No theme " + themeCode));
    return sets.saveAndFlush(new DipQuestionSet(theme, version, createdBy, createdAt, questions)).toQuestionSet();
  }

  private static Theme toTheme(Object[] row) {
    return new Theme((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
        ((Number) row[4]).intValue());
  }
}
