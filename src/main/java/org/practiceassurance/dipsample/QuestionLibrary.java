package org.practiceassurance.dipsample;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassurance.dipsample.internal.QuestionStore;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of dip-sample themes and their versioned question sets. Anyone signed in may read it
 * (the screens and modules that use it decide who sees what); only quality managers publish a new
 * version or create a theme. A published version is never changed: publishing makes version
 * latest + 1, and samples keep pointing at the set they were run with.
 */
@Service
public class QuestionLibrary {

  public static final int MAX_QUESTIONS = 30;
  public static final int MAX_TEXT = 1000;
  public static final int MAX_GUIDANCE = 2000;
  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 2000;
  static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

  private final QuestionStore store;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  QuestionLibrary(QuestionStore store, CurrentUser currentUser) {
    this.store = store;
    this.currentUser = currentUser;
  }

  /** Every theme with its latest version, by name. */
  @Transactional(readOnly = true)
  public List<Theme> themes() {
    return store.themes();
  }

  @Transactional(readOnly = true)
  public Optional<Theme> theme(String code) {
    return code == null ? Optional.empty() : store.theme(normalCode(code));
  }

  /** The theme's newest question set. @throws NoSuchElementException if there is no such theme */
  @Transactional(readOnly = true)
  public QuestionSet latest(String themeCode) {
    String code = themeCode == null ? null : normalCode(themeCode);
    return Optional.ofNullable(code).flatMap(store::latest).orElseThrow(() -> noTheme(themeCode));
  }

  /** One question set by id, whatever its version. @throws NoSuchElementException if there is none */
  @Transactional(readOnly = true)
  public QuestionSet questionSet(long questionSetId) {
    return store.questionSet(questionSetId)
        .orElseThrow(() -> new NoSuchElementException("No question set " + questionSetId));
  }

  /** Every version of the theme's questions, newest first. @throws NoSuchElementException if there is no such theme */
  @Transactional(readOnly = true)
  public List<QuestionSet> versions(String themeCode) {
    List<QuestionSet> versions = themeCode == null ? List.of() : store.versions(normalCode(themeCode));
    if (versions.isEmpty()) {
      throw noTheme(themeCode);
    }
    return versions;
  }

  /**
   * Publishes the questions as the theme's next version (latest + 1); earlier versions are left as
   * they were. Quality managers only.
   *
   * @throws AccessDeniedException for anyone else; nothing is written
   * @throws InvalidQuestionSet naming every field at fault, when the questions are identical to the
   *     latest version, or when someone else published a version at the same moment; nothing is written
   * @throws NoSuchElementException if there is no such theme
   */
  @Transactional
  public QuestionSet publishVersion(String themeCode, List<NewQuestion> questions) {
    return publish(themeCode, null, questions);
  }

  /**
   * As {@link #publishVersion(String, List)}, for an edit that started from version
   * {@code basedOnVersion}: if someone has published a later version since, the edit is refused
   * ({@code version}) instead of silently replacing what they published.
   */
  @Transactional
  public QuestionSet publishVersion(String themeCode, int basedOnVersion, List<NewQuestion> questions) {
    return publish(themeCode, basedOnVersion, questions);
  }

  /**
   * Creates a theme with its version 1. The code is upper-cased and must be 2 to 40 letters, digits
   * or underscores, not already used. Quality managers only.
   *
   * @throws AccessDeniedException for anyone else; nothing is written
   * @throws InvalidQuestionSet naming every field at fault ({@code code}, {@code name},
   *     {@code description}, the questions); nothing is written
   */
  @Transactional
  public Theme createTheme(String code, String name, String description, List<NewQuestion> questions) {
    UserIdentity me = qualityManager("create a dip-sample theme");
    Map<String, String> errors = new LinkedHashMap<>();
    String normalCode = code == null ? "" : normalCode(code);
    String trimmedName = name == null ? "" : name.trim();
    String trimmedDescription = description == null ? "" : description.trim();
    if (normalCode.isEmpty()) {
      errors.put("code", "Give the theme a short code, e.g. CHILD_EXPLOITATION.");
    } else if (!CODE.matcher(normalCode).matches()) {
      errors.put("code", "A code is 2 to 40 letters, digits or underscores, e.g. CHILD_EXPLOITATION.");
    } else if (store.themeExists(normalCode)) {
      errors.put("code", "There is already a theme with the code " + normalCode + ".");
    }
    if (trimmedName.isEmpty()) {
      errors.put("name", "Give the theme a name.");
    } else if (trimmedName.length() > MAX_NAME) {
      errors.put("name", "A name has at most " + MAX_NAME + " characters (this one has " + trimmedName.length() + ").");
    } else if (store.themeNameTaken(trimmedName)) {
      errors.put("name", "There is already a theme called \"" + trimmedName + "\".");
    }
    if (trimmedDescription.length() > MAX_DESCRIPTION) {
      errors.put("description", "A description has at most " + String.format(Locale.UK, "%,d", MAX_DESCRIPTION)
          + " characters (this one has " + String.format(Locale.UK, "%,d", trimmedDescription.length()) + ").");
    }
    List<NewQuestion> normal = validateQuestions(questions, errors);
    if (!errors.isEmpty()) {
      throw new InvalidQuestionSet(errors);
    }
    try {
      store.addTheme(normalCode, trimmedName, trimmedDescription);
      store.addVersion(normalCode, 1, me.username(), now(), normal);
    } catch (DataIntegrityViolationException e) {
      throw new InvalidQuestionSet("code", "Someone else has just created a theme with the code " + normalCode
          + ". Choose another code.");
    }
    return new Theme(normalCode, trimmedName, trimmedDescription, 1, normal.size());
  }

  private QuestionSet publish(String themeCode, Integer basedOnVersion, List<NewQuestion> questions) {
    UserIdentity me = qualityManager("publish a version of a question set");
    QuestionSet latest = latest(themeCode);
    if (basedOnVersion != null && basedOnVersion != latest.version()) {
      throw new InvalidQuestionSet("version", latest.createdBy() + " published version " + latest.version() + " of "
          + latest.themeName() + " while you were editing version " + basedOnVersion
          + ". Nothing was published: look at their version, then make your changes again if they are still needed.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    List<NewQuestion> normal = validateQuestions(questions, errors);
    if (errors.isEmpty() && sameQuestions(normal, latest.questions())) {
      errors.put("questions", "Nothing has changed since version " + latest.version() + ": change, add or remove a "
          + "question before publishing.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidQuestionSet(errors);
    }
    int next = latest.version() + 1;
    try {
      return store.addVersion(latest.themeCode(), next, me.username(), now(), normal);
    } catch (DataIntegrityViolationException e) {
      throw new InvalidQuestionSet("version", "Someone else published version " + next + " of " + latest.themeName()
          + " at the same moment. Nothing was published: look at their version, then make your changes again if they "
          + "are still needed.");
    }
  }

  private UserIdentity qualityManager(String what) {
    UserIdentity me = currentUser.find()
        .orElseThrow(() -> new AccessDeniedException("Sign in as a quality manager to " + what + "."));
    if (!me.hasRole(Roles.QUALITY_MANAGER)) {
      throw new AccessDeniedException("Only quality managers can " + what + ".");
    }
    return me;
  }

  /** The questions trimmed (guidance blank if none); problems added to {@code errors}. */
  private static List<NewQuestion> validateQuestions(List<NewQuestion> questions, Map<String, String> errors) {
    if (questions == null || questions.isEmpty()) {
      errors.put("questions", "Add at least one question.");
      return List.of();
    }
    if (questions.size() > MAX_QUESTIONS) {
      errors.put("questions", "A question set has at most " + MAX_QUESTIONS + " questions (this one has "
          + questions.size() + ").");
    }
    List<NewQuestion> normal = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      NewQuestion q = questions.get(i);
      String text = q == null || q.text() == null ? "" : q.text().trim();
      String guidance = q == null || q.guidance() == null ? "" : q.guidance().trim();
      AnswerType type = q == null ? null : q.answerType();
      String row = "questions[" + i + "].";
      if (text.isEmpty()) {
        errors.put(row + "text", "Write the question.");
      } else if (text.length() > MAX_TEXT) {
        errors.put(row + "text", "A question has at most " + String.format(Locale.UK, "%,d", MAX_TEXT)
            + " characters (this one has " + String.format(Locale.UK, "%,d", text.length()) + ").");
      }
      if (type == null) {
        errors.put(row + "answerType", "Choose how the question is answered.");
      }
      if (guidance.length() > MAX_GUIDANCE) {
        errors.put(row + "guidance", "Guidance has at most " + String.format(Locale.UK, "%,d", MAX_GUIDANCE)
            + " characters (this has " + String.format(Locale.UK, "%,d", guidance.length()) + ").");
      }
      normal.add(new NewQuestion(text, type, guidance));
    }
    return normal;
  }

  private static boolean sameQuestions(List<NewQuestion> proposed, List<Question> published) {
    if (proposed.size() != published.size()) {
      return false;
    }
    for (int i = 0; i < proposed.size(); i++) {
      NewQuestion p = proposed.get(i);
      Question q = published.get(i);
      if (!p.text().equals(q.text()) || p.answerType() != q.answerType() || !p.guidance().equals(q.guidance())) {
        return false;
      }
    }
    return true;
  }

  /** To the microsecond, as PostgreSQL keeps it: what is returned equals what is read back later. */
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private static String normalCode(String code) {
    return code.trim().toUpperCase(Locale.ROOT);
  }

  private static NoSuchElementException noTheme(String code) {
    return new NoSuchElementException("No theme " + code);
  }
}
