package org.practiceassurance.dipsample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The question library on the real database: the starter library as the migration leaves it,
 * publishing versions without touching earlier ones, validation and role checks that write
 * nothing, and two quality managers publishing at the same moment. Themes made here are called
 * TEST_LIB_... and removed afterwards, so the library other tests see is the starter one.
 */
@SpringBootTest
class QuestionLibraryTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final List<String> STARTER = List.of("PROTECTION", "MANAGEMENT_OVERSIGHT", "PLANNING", "SUPERVISION",
      "VISITS", "ASSESSMENT_TIMELINESS", "CHILDS_VOICE", "DIVERSITY_IDENTITY", "RE_REFERRALS",
      "RETURN_HOME_INTERVIEWS", "PATHWAY_PLANS");

  @Autowired QuestionLibrary library;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @AfterEach
  void removeTestThemes() {
    TestUsers.signOut();
    jdbc.update("delete from pa.dip_question where question_set_id in "
        + "(select id from pa.dip_question_set where theme_code like 'TEST\\_LIB\\_%')");
    jdbc.update("delete from pa.dip_question_set where theme_code like 'TEST\\_LIB\\_%'");
    jdbc.update("delete from pa.dip_theme where code like 'TEST\\_LIB\\_%'");
  }

  private static NewQuestion yesNo(String text) {
    return new NewQuestion(text, AnswerType.YES_PARTLY_NO_NA, "Yes when it is on the file; Partly when incomplete.");
  }

  /** A fresh theme with two questions, created by qm1 (who stays signed in). */
  private Theme freshTheme() {
    TestUsers.qm1();
    String code = "TEST_LIB_" + SEQUENCE.incrementAndGet() + "_" + System.nanoTime() % 100000;
    return library.createTheme(code, "Test theme " + code, "For the library tests",
        List.of(yesNo("Is there a safety plan?"), new NewQuestion("How many days since the last visit?",
            AnswerType.NUMBER, "")));
  }

  private long rows(String table) {
    return jdbc.queryForObject("select count(*) from pa." + table, Long.class);
  }

  private long[] counts() {
    return new long[] {rows("dip_theme"), rows("dip_question_set"), rows("dip_question")};
  }

  // ---- the starter library ----

  @Test
  void theStarterLibraryHasElevenThemesEachWithAVersionOneOfFourToEightGuidedQuestions() {
    TestUsers.signIn("sw1", List.of("social-worker"), "CF", "CF-STR-1"); // reads need no role

    List<Theme> themes = library.themes();

    assertThat(themes).extracting(Theme::code).containsAll(STARTER);
    assertThat(themes).extracting(Theme::name).isSortedAccordingTo(Comparator.naturalOrder());
    List<Question> all = new ArrayList<>();
    for (String code : STARTER) {
      QuestionSet first = library.versions(code).get(library.versions(code).size() - 1);
      assertThat(first.version()).as(code).isEqualTo(1);
      assertThat(first.createdBy()).as(code).isEqualTo("system");
      assertThat(first.themeName()).as(code).isNotBlank();
      assertThat(first.questions()).as(code).hasSizeBetween(4, 8);
      assertThat(first.questions()).extracting(Question::position).as(code)
          .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, first.questions().size()).boxed().toList());
      assertThat(first.questions()).as(code).allSatisfy(q -> {
        assertThat(q.text()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
        assertThat(q.guidance()).isNotBlank();
        assertThat(q.answerType()).isNotNull();
      });
      assertThat(library.theme(code)).get().extracting(Theme::description).asString().isNotBlank();
      all.addAll(first.questions());
    }
    assertThat(all).filteredOn(q -> q.answerType() == AnswerType.YES_PARTLY_NO_NA).hasSizeGreaterThan(all.size() / 2);
    assertThat(all).filteredOn(q -> q.answerType() == AnswerType.NUMBER).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all).filteredOn(q -> q.answerType() == AnswerType.TEXT).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void protectionHasFiveQuestionsTheLastOneFreeText() {
    QuestionSet protection = library.versions("PROTECTION").stream().filter(s -> s.version() == 1).findFirst().orElseThrow();

    assertThat(protection.themeName()).isEqualTo("Protection");
    assertThat(protection.questions()).extracting(Question::answerType).containsExactly(AnswerType.YES_PARTLY_NO_NA,
        AnswerType.YES_PARTLY_NO_NA, AnswerType.YES_PARTLY_NO_NA, AnswerType.YES_PARTLY_NO_NA, AnswerType.TEXT);
    assertThat(library.questionSet(protection.id())).isEqualTo(protection);
    assertThat(library.latest("protection").themeCode()).as("codes are looked up upper-cased").isEqualTo("PROTECTION");
  }

  @Test
  void unknownThemesAndSetsAreNamedInTheError() {
    assertThatThrownBy(() -> library.latest("NO_SUCH_THEME")).isInstanceOf(NoSuchElementException.class)
        .hasMessage("No theme NO_SUCH_THEME");
    assertThatThrownBy(() -> library.versions("NO_SUCH_THEME")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> library.questionSet(-1)).isInstanceOf(NoSuchElementException.class);
    assertThat(library.theme("NO_SUCH_THEME")).isEmpty();
  }

  // ---- publishing ----

  @Test
  void publishingMakesTheNextVersionAndLeavesTheEarlierOneAsItWas() {
    Theme theme = freshTheme();
    QuestionSet v1 = library.latest(theme.code());

    QuestionSet v2 = library.publishVersion(theme.code(), List.of(
        yesNo("Is there a current safety plan, shared with the family?"),
        v1.questions().get(1).asNew(),
        new NewQuestion("What must happen next?", AnswerType.TEXT, null)));

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.createdBy()).isEqualTo("qm1");
    assertThat(v2.questions()).extracting(Question::position).containsExactly(1, 2, 3);
    assertThat(v2.questions()).extracting(Question::text).containsExactly(
        "Is there a current safety plan, shared with the family?", "How many days since the last visit?",
        "What must happen next?");
    assertThat(v2.questions().get(2).guidance()).isEmpty();
    assertThat(v2.questions()).extracting(Question::id).doesNotContainAnyElementsOf(
        v1.questions().stream().map(Question::id).toList());

    assertThat(library.questionSet(v1.id())).as("version 1 read back by id").isEqualTo(v1);
    assertThat(library.questionSet(v2.id())).isEqualTo(v2);
    assertThat(library.versions(theme.code())).containsExactly(v2, v1);
    assertThat(library.latest(theme.code())).isEqualTo(v2);
    assertThat(library.theme(theme.code())).get().extracting(Theme::latestVersion, Theme::questionCount)
        .containsExactly(2, 3);
  }

  @Test
  void badQuestionsAreNamedByFieldAndNothingIsWritten() {
    Theme theme = freshTheme();
    long[] before = counts();

    InvalidQuestionSet invalid = catchThrowableOfType(InvalidQuestionSet.class,
        () -> library.publishVersion(theme.code(), List.of(
            yesNo("A good question?"),
            new NewQuestion("   ", AnswerType.YES_PARTLY_NO_NA, ""),
            new NewQuestion("No type", null, ""),
            new NewQuestion("Long guidance", AnswerType.TEXT, "g".repeat(2001)),
            new NewQuestion("q".repeat(1001), AnswerType.NUMBER, ""))));

    assertThat(invalid.errors()).containsOnlyKeys("questions[1].text", "questions[2].answerType",
        "questions[3].guidance", "questions[4].text");
    assertThat(invalid.errors().get("questions[4].text")).contains("1,000");
    assertThat(counts()).isEqualTo(before);
    assertThat(library.latest(theme.code()).version()).isEqualTo(1);

    assertThat(catchThrowableOfType(InvalidQuestionSet.class, () -> library.publishVersion(theme.code(), List.of()))
        .errors()).containsOnlyKeys("questions");
    List<NewQuestion> thirtyOne = java.util.stream.IntStream.rangeClosed(1, 31).mapToObj(i -> yesNo("Question " + i)).toList();
    assertThat(catchThrowableOfType(InvalidQuestionSet.class, () -> library.publishVersion(theme.code(), thirtyOne))
        .errors()).containsOnlyKeys("questions");
    assertThat(library.publishVersion(theme.code(), thirtyOne.subList(0, 30)).questions()).hasSize(30);
  }

  @Test
  void anUnchangedVersionIsRefusedAsNothingChanged() {
    Theme theme = freshTheme();
    QuestionSet v1 = library.latest(theme.code());
    long[] before = counts();
    List<NewQuestion> same = v1.questions().stream()
        .map(q -> new NewQuestion(" " + q.text() + " ", q.answerType(), q.guidance() + "\n")).toList();

    InvalidQuestionSet invalid = catchThrowableOfType(InvalidQuestionSet.class,
        () -> library.publishVersion(theme.code(), same));

    assertThat(invalid.errors()).containsOnlyKeys("questions");
    assertThat(invalid.errors().get("questions")).contains("Nothing has changed since version 1");
    assertThat(counts()).isEqualTo(before);

    List<NewQuestion> reordered = List.of(same.get(1), same.get(0));
    assertThat(library.publishVersion(theme.code(), reordered).version()).as("a new order is a change").isEqualTo(2);
  }

  @Test
  void onlyQualityManagersWriteAndARefusalWritesNothing() {
    Theme theme = freshTheme();
    long[] before = counts();
    List<NewQuestion> questions = List.of(yesNo("A different question?"));

    TestUsers.signIn("director1", List.of("director"), null, null);
    assertThatThrownBy(() -> library.publishVersion(theme.code(), questions))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only quality managers");
    assertThatThrownBy(() -> library.createTheme("TEST_LIB_BY_DIRECTOR", "By a director", "", questions))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only quality managers");
    assertThat(library.latest(theme.code()).version()).as("reading is open to a director").isEqualTo(1);

    TestUsers.signOut();
    assertThatThrownBy(() -> library.publishVersion(theme.code(), questions)).isInstanceOf(AccessDeniedException.class);

    assertThat(counts()).isEqualTo(before);
  }

  // ---- new themes ----

  @Test
  void aNewThemeGetsAnUpperCaseCodeAndVersionOne() {
    TestUsers.qm1();
    String code = "test_lib_new_" + System.nanoTime() % 100000;

    Theme theme = library.createTheme(" " + code + " ", "  Child exploitation (test " + code + ")  ",
        "Whether exploitation risk is screened.", List.of(yesNo("Was an exploitation screening tool completed?")));

    assertThat(theme.code()).isEqualTo(code.toUpperCase());
    assertThat(theme.name()).isEqualTo("Child exploitation (test " + code + ")");
    assertThat(theme.latestVersion()).isEqualTo(1);
    assertThat(library.themes()).contains(theme);
    QuestionSet v1 = library.latest(code);
    assertThat(v1.createdBy()).isEqualTo("qm1");
    assertThat(v1.questions()).extracting(Question::text).containsExactly("Was an exploitation screening tool completed?");
  }

  @Test
  void aNewThemeIsRefusedForADuplicateOrMalformedCodeAndNothingIsWritten() {
    TestUsers.qm1();
    long[] before = counts();
    List<NewQuestion> questions = List.of(yesNo("Anything?"));

    assertThat(catchThrowableOfType(InvalidQuestionSet.class,
        () -> library.createTheme("protection", "Another protection", "", questions)).errors())
        .containsExactly(java.util.Map.entry("code", "There is already a theme with the code PROTECTION."));
    assertThat(catchThrowableOfType(InvalidQuestionSet.class,
        () -> library.createTheme("TEST_LIB_NAME", "protection", "", questions)).errors())
        .containsOnlyKeys("name");
    InvalidQuestionSet everything = catchThrowableOfType(InvalidQuestionSet.class,
        () -> library.createTheme("a b", " ", "d".repeat(2001), List.of(new NewQuestion("", null, null))));
    assertThat(everything.errors()).containsOnlyKeys("code", "name", "description", "questions[0].text",
        "questions[0].answerType");
    assertThat(catchThrowableOfType(InvalidQuestionSet.class,
        () -> library.createTheme("TEST_LIB_EMPTY", "Empty", "", List.of())).errors()).containsOnlyKeys("questions");

    assertThat(counts()).isEqualTo(before);
    assertThat(library.theme("TEST_LIB_EMPTY")).isEmpty();
  }

  // ---- two people at once ----

  @Test
  void anEditStartedBeforeSomeoneElsePublishedIsRefusedNotPublishedOverTheirs() {
    Theme theme = freshTheme();
    library.publishVersion(theme.code(), List.of(yesNo("Published by someone else first?")));
    long[] before = counts();

    InvalidQuestionSet invalid = catchThrowableOfType(InvalidQuestionSet.class,
        () -> library.publishVersion(theme.code(), 1, List.of(yesNo("My edit of version 1"))));

    assertThat(invalid.errors()).containsOnlyKeys("version");
    assertThat(invalid.errors().get("version")).contains("published version 2").contains("while you were editing version 1");
    assertThat(counts()).isEqualTo(before);
    assertThat(library.publishVersion(theme.code(), 2, List.of(yesNo("My edit of version 2"))).version()).isEqualTo(3);
  }

  @Test
  void twoPublishingAtTheSameMomentTheSecondIsToldAndWritesNothing() throws Exception {
    Theme theme = freshTheme();
    try (Connection other = dataSource.getConnection()) {
      // Another quality manager's publication of version 2, inserted but not yet committed.
      other.setAutoCommit(false);
      try (PreparedStatement insert = other.prepareStatement("insert into pa.dip_question_set "
          + "(theme_code, version, created_by, created_at) values (?, 2, 'qm2', now())")) {
        insert.setString(1, theme.code());
        insert.executeUpdate();
      }
      // Ours still sees version 1 as the latest, so it also inserts version 2 and waits on the unique key.
      CompletableFuture<QuestionSet> ours = CompletableFuture.supplyAsync(() -> {
        TestUsers.qm1();
        try {
          return library.publishVersion(theme.code(), List.of(yesNo("Published at the same moment?")));
        } finally {
          TestUsers.signOut();
        }
      });
      // our insert waits on theirs: a lock not granted (and ours not finished meanwhile)
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
          .pollInterval(java.time.Duration.ofMillis(20))
          .until(() -> ours.isDone() || jdbc.queryForObject("select count(*) from pg_locks where not granted", Long.class) > 0);
      assertThat(ours).isNotDone();
      other.commit();

      assertThatThrownBy(() -> ours.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(InvalidQuestionSet.class)
          .cause().satisfies(e -> assertThat(((InvalidQuestionSet) e).errors().get("version"))
              .contains("Someone else published version 2").contains("at the same moment"));
    }
    List<QuestionSet> versions = library.versions(theme.code());
    assertThat(versions).extracting(QuestionSet::version).containsExactly(2, 1);
    assertThat(versions.get(0).createdBy()).isEqualTo("qm2");
    assertThat(versions.get(0).questions()).as("none of ours were written").isEmpty();
  }
}
