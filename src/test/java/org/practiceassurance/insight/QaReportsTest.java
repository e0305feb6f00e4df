package org.practiceassurance.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.practiceassurance.insight.InsightFixtures.UK;
import static org.practiceassurance.insight.InsightFixtures.noon;
import static org.practiceassurance.insight.QaReportFixtures.at;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.insight.QaReportFigures.Grades;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The monthly QA report through its service, on the real database: a month's figures against
 * numbers worked out here from the rows the test wrote; publication as versions 1, 2 that never
 * change (not even when later audits arrive; the database refuses an edit); the HTML and the PDF;
 * who may do what; and two quality managers saving the same draft at once.
 */
@SpringBootTest
class QaReportsTest {

  @Autowired QaReports reports;
  @Autowired RosterImport rosterImport;
  @Autowired JdbcTemplate jdbc;
  QaReportFixtures seed;

  @BeforeEach
  void teams() {
    InsightFixtures.teams(rosterImport);
    seed = new QaReportFixtures(jdbc);
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private static Narrative narrative(String summary, String nextSteps) {
    return new Narrative(summary, "We audited and moderated.", "Oversight is the weak point.",
        "Children on plans were seen sooner.", nextSteps);
  }

  /** Saves the narrative over whatever draft there is and publishes it, as qm1; returns the version. */
  private QaReportVersion publish(YearMonth month, Narrative narrative) {
    TestUsers.qm1();
    QaReportDraft draft = reports.draft(month);
    QaReportDraft.Saved saved = reports.saveDraft(month, draft.version(), narrative);
    return reports.publish(month, saved.version());
  }

  @Test
  void aSeededMonthsFiguresAreTheOnesWorkedOutByHand() throws Exception {
    YearMonth march = YearMonth.of(2017, 3);
    TestUsers.qm1();
    QaReportFigures before = reports.draft(march).figures();
    TestUsers.signOut();

    // Audits. March's 30: 2 outstanding, 8 good, 15 requiring improvement, 5 inadequate, 6 of them moderated.
    LocalDate day = LocalDate.of(2017, 3, 2);
    seed.audits(1, Grade.OUTSTANDING, day);
    seed.audits(5, Grade.GOOD, day);
    seed.rows.audit("CF-INS-1", "auditor1", "CLOSED", Grade.GOOD, Grade.GOOD, at(LocalDate.of(2017, 3, 1), 0, 15), null);
    seed.audits(13, Grade.REQUIRES_IMPROVEMENT, LocalDate.of(2017, 3, 15));
    seed.rows.audit("CF-INS-2", "auditor1", "AWAITING_ACTIONS", Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT,
        at(LocalDate.of(2017, 3, 31), 23, 30), null);
    seed.audits(3, Grade.INADEQUATE, LocalDate.of(2017, 3, 20));
    Grade g = Grade.GOOD;
    Grade ri = Grade.REQUIRES_IMPROVEMENT;
    Grade inadequate = Grade.INADEQUATE;
    Grade outstanding = Grade.OUTSTANDING;
    seed.moderatedAudit("CF-INS-2", "CLOSED", g, g, noon(LocalDate.of(2017, 3, 6)), 5, "ACCEPTED", "GOOD",
        "Clear analysis of risk.");
    seed.moderatedAudit("CF-INS-2", "CLOSED", ri, g, noon(LocalDate.of(2017, 3, 7)), 4, "ACCEPTED", "ADEQUATE",
        "Undersold the direct work.");
    seed.moderatedAudit("RA-INS-1", "CLOSED", g, ri, noon(LocalDate.of(2017, 3, 8)), 3, "ACCEPTED",
        "NEEDS_DEVELOPMENT", "The plan had no timescales, so not Good.");
    seed.moderatedAudit("RA-INS-1", "AWAITING_ACTIONS", inadequate, inadequate, noon(LocalDate.of(2017, 3, 9)), 5,
        "ACCEPTED", "GOOD", "Agreed.");
    seed.moderatedAudit("CF-INS-1", "CLOSED", ri, inadequate, noon(LocalDate.of(2017, 3, 10)), 2, "ACCEPTED",
        "ADEQUATE", "Risk was not acted on with urgency.");
    seed.moderatedAudit("CF-INS-1", "CLOSED", outstanding, outstanding, noon(LocalDate.of(2017, 3, 13)), 5, "ACCEPTED",
        "GOOD", "Exemplary.");
    // not March's: being reworked (moderated and returned), a draft, submitted at 00:30 on 1 April
    seed.moderatedAudit("CF-INS-1", "RETURNED", g, g, noon(LocalDate.of(2017, 3, 14)), 0, "RETURNED",
        "NEEDS_DEVELOPMENT", "Rework: no evidence.");
    seed.rows.audit("CF-INS-1", "auditor1", "IN_PROGRESS", null, null, noon(LocalDate.of(2017, 3, 14)), null);
    seed.rows.audit("CF-INS-1", "auditor1", "CLOSED", inadequate, inadequate, at(LocalDate.of(2017, 4, 1), 0, 30), null);
    // the chart's earlier months: February 4 good and 6 requiring improvement, October 5 good and 5 inadequate
    seed.audits(4, g, LocalDate.of(2017, 2, 10));
    seed.audits(6, ri, LocalDate.of(2017, 2, 10));
    seed.audits(5, g, LocalDate.of(2016, 10, 12));
    seed.audits(5, inadequate, LocalDate.of(2016, 10, 12));

    // Actions: closed on 25 March after 3, 5, 8, 20 and 30 days (median 8); raised in March: those four of
    // them raised in March, one still open (overdue now), one raised at 00:10 on 1 March; not March's: one
    // raised at 00:30 on 1 April. Open now: one raised in February; one awaiting verification.
    LocalDate today = LocalDate.now(UK);
    LocalDate closed = LocalDate.of(2017, 3, 25);
    for (int d : new int[] {3, 5, 8, 20, 30}) {
      seed.rows.action("RA-INS-1", "ra.q", "CLOSED", closed, noon(closed.minusDays(d)), noon(closed));
    }
    seed.rows.action("RA-INS-1", "ra.q", "OPEN", LocalDate.of(2017, 4, 10), noon(LocalDate.of(2017, 3, 10)), null);
    seed.rows.action("RA-INS-1", "ra.q", "CLOSED", LocalDate.of(2017, 4, 2), at(LocalDate.of(2017, 3, 1), 0, 10),
        noon(LocalDate.of(2017, 4, 2)));
    seed.rows.action("RA-INS-1", "ra.q", "CLOSED", LocalDate.of(2017, 4, 5), at(LocalDate.of(2017, 4, 1), 0, 30),
        noon(LocalDate.of(2017, 4, 5)));
    seed.rows.action("RA-INS-1", "ra.q", "OPEN", today.plusDays(30), noon(LocalDate.of(2017, 2, 15)), null);
    seed.rows.action("RA-INS-1", "ra.q", "DONE_AWAITING_VERIFICATION", today.plusDays(10),
        noon(LocalDate.of(2017, 2, 16)), null);

    // Cases of Concern: three raised in March (one still open, one acknowledged, one resolved); one raised at
    // 23:30 on 28 February and one at 00:30 on 1 April, both still open.
    seed.rows.concern("CF-INS-1", "OPEN", noon(LocalDate.of(2017, 3, 5)));
    seed.rows.concern("CF-INS-1", "ACKNOWLEDGED", noon(LocalDate.of(2017, 3, 15)));
    seed.rows.concern("CF-INS-1", "RESOLVED", noon(LocalDate.of(2017, 3, 20)));
    seed.rows.concern("CF-INS-2", "OPEN", at(LocalDate.of(2017, 2, 28), 23, 30));
    seed.rows.concern("CF-INS-2", "ACKNOWLEDGED", at(LocalDate.of(2017, 4, 1), 0, 30));

    // Dip samples: reviews of Protection (Yes, Yes, Partly, No, N/A: 2.5 of 4 = 62.5 %) and of Re-referrals
    // (Yes, No: 50 %, findings still being written) ended in March; Visits' findings were written in March
    // after its reviews ended in February; Planning's reviews ended at 00:30 on 1 April.
    long protection = seed.dipSample("Protection, March 2017", "PROTECTION", "COMPLETE", noon(LocalDate.of(2017, 3, 20)),
        noon(LocalDate.of(2017, 3, 28)), "Management oversight was missing in 2 of 5 files.",
        "Management oversight; risk management; planning.", List.of("YES", "YES", "PARTLY", "NO", "NOT_APPLICABLE"));
    long reReferrals = seed.dipSample("Re-referrals, March 2017", "RE_REFERRALS", "FINDINGS",
        noon(LocalDate.of(2017, 3, 30)), null, null, null, List.of("YES", "NO"));
    long visits = seed.dipSample("Visits, February 2017", "VISITS", "COMPLETE", noon(LocalDate.of(2017, 2, 20)),
        noon(LocalDate.of(2017, 3, 2)), "Children in care were seen in time.", "", List.of("YES"));
    seed.dipSample("Planning, April 2017", "PLANNING", "COMPLETE", at(LocalDate.of(2017, 4, 1), 0, 30),
        noon(LocalDate.of(2017, 4, 3)), "Plans were vague.", "Planning.", List.of("NO"));

    // Surgeries held: the CF service surgery at 00:30 on 1 March, RA-INS-1's team surgery on 14 March; not
    // March's: CF-INS-2's at 00:30 on 1 April.
    long service = seed.surgery("CF", null, "director1", at(LocalDate.of(2017, 3, 1), 0, 30));
    long team = seed.surgery("RA", "RA-INS-1", "hos2", at(LocalDate.of(2017, 3, 14), 10, 0));
    seed.surgery("CF", "CF-INS-2", "hos1", at(LocalDate.of(2017, 4, 1), 0, 30));

    TestUsers.qm1();
    QaReportFigures f = reports.draft(march).figures();

    assertThat(f.month()).isEqualTo(march);
    assertThat(f.goodOrBetterTarget()).isEqualTo(42.0);
    assertThat(f.inadequateTarget()).isEqualTo(12.0);
    assertThat(f.audits()).isEqualTo(new Grades(march, 2, 8, 15, 5));
    assertThat(f.audits().goodOrBetterPercent()).isEqualTo(100.0 / 3);
    assertThat(f.goodOrBetterMet()).as("33.3 % against at least 42 %").isFalse();
    assertThat(f.audits().inadequatePercent()).isEqualTo(100.0 / 6);
    assertThat(f.inadequateMet()).as("16.7 % against at most 12 %").isFalse();
    assertThat(f.chart()).containsExactly(new Grades(YearMonth.of(2016, 10), 0, 5, 0, 5),
        new Grades(YearMonth.of(2016, 11), 0, 0, 0, 0), new Grades(YearMonth.of(2016, 12), 0, 0, 0, 0),
        new Grades(YearMonth.of(2017, 1), 0, 0, 0, 0), new Grades(YearMonth.of(2017, 2), 0, 4, 6, 0),
        new Grades(march, 2, 8, 15, 5));

    assertThat(f.moderation()).isEqualTo(new QaReportFigures.Moderation(30, 6, 30, 24, 1, 2, 3, 3, 2, 1));
    assertThat(f.moderation().sharePercent()).isEqualTo(20.0);
    assertThat(f.moderation().agreementPercent()).isEqualTo(80.0);

    QaReportFigures.Actions actions = f.actions();
    assertThat(actions.raisedInMonth()).isEqualTo(6);
    assertThat(actions.closedInMonth()).isEqualTo(5);
    assertThat(actions.medianDaysToClose()).isEqualTo(8.0);
    assertThat(actions.open() - before.actions().open()).as("open now").isEqualTo(1);
    assertThat(actions.overdue() - before.actions().overdue()).as("overdue now").isEqualTo(1);
    assertThat(actions.awaitingVerification() - before.actions().awaitingVerification()).isEqualTo(1);

    assertThat(f.concerns().raisedInMonth()).isEqualTo(3);
    assertThat(f.concerns().open() - before.concerns().open()).as("open now").isEqualTo(4);
    assertThat(f.concerns().unacknowledged() - before.concerns().unacknowledged()).isEqualTo(2);

    assertThat(f.dipSamples()).containsExactly(
        new QaReportFigures.DipSampleRun(protection, "Protection, March 2017", "Protection", 1, 5, 62.5),
        new QaReportFigures.DipSampleRun(reReferrals, "Re-referrals, March 2017", "Re-referrals", 1, 2, 50.0));
    assertThat(f.surgeries()).extracting(QaReportFigures.SurgeryHeld::id, QaReportFigures.SurgeryHeld::heldOn,
        QaReportFigures.SurgeryHeld::scope, QaReportFigures.SurgeryHeld::lead).containsExactly(
            tuple(service, LocalDate.of(2017, 3, 1), "Service CF", "director1"),
            tuple(team, LocalDate.of(2017, 3, 14), "Team RA-INS-1", "hos2"));

    assertThat(f.prompts().dipSampleFindings()).extracting(QaReportFigures.DipSampleFindings::sampleId,
        QaReportFigures.DipSampleFindings::findings, QaReportFigures.DipSampleFindings::remediation).containsExactly(
            tuple(visits, "Children in care were seen in time.", ""),
            tuple(protection, "Management oversight was missing in 2 of 5 files.",
                "Management oversight; risk management; planning."));
    assertThat(f.prompts().moderationFeedback()).extracting(QaReportFigures.ModerationFeedback::feedback)
        .as("the six moderations of March's graded audits, not the rework").containsExactly(
            "Clear analysis of risk.", "Undersold the direct work.", "The plan had no timescales, so not Good.",
            "Agreed.", "Risk was not acted on with urgency.", "Exemplary.");
    assertThat(f.prompts().moderationFeedback().get(2)).extracting(QaReportFigures.ModerationFeedback::auditorGrade,
        QaReportFigures.ModerationFeedback::finalGrade, QaReportFigures.ModerationFeedback::qualityRating)
        .containsExactly(Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, "NEEDS_DEVELOPMENT");

    // The same figures, published, print in both outputs.
    QaReportVersion v1 = publish(march, narrative("March in one line.", "Re-run the Protection sample in May."));
    String html = reports.html(march, v1.version());
    assertThat(html).contains("<td>33.3 % (10 of 30)</td><td>at least 42 %</td><td>Target not met</td>")
        .contains("<td>16.7 % (5 of 30)</td><td>at most 12 %</td><td>Target not met</td>")
        .contains("<th scope=\"row\">Mar 2017</th><td>30</td><td>2 (6.7 %)</td><td>8 (26.7 %)</td>"
            + "<td>15 (50 %)</td><td>5 (16.7 %)</td><td>33.3 %</td>")
        .contains("<th scope=\"row\">Protection, March 2017</th><td>Protection</td><td>1</td><td>5</td><td>62.5 %</td>")
        .contains("<th scope=\"row\">Practice-area grades agreed</th><td>80 % (24 of 30)</td>")
        .contains("<th scope=\"row\">Median days from raising to closing</th><td>8</td>");
    String pdf = pdfText(reports.pdf(march, v1.version()));
    assertThat(pdf).contains("33.3 % (10 of 30)").contains("16.7 % (5 of 30)").contains("62.5 %")
        .contains("Team RA-INS-1").contains("80 % (24 of 30)");
  }

  @Test
  void publishingMakesVersionOneThenTwoAndVersionOneNeverChangesNotEvenInTheDatabase() throws Exception {
    YearMonth may = YearMonth.of(2017, 5);
    seed.audits(3, Grade.GOOD, LocalDate.of(2017, 5, 10));
    seed.audits(1, Grade.INADEQUATE, LocalDate.of(2017, 5, 11));

    QaReportVersion v1 = publish(may, narrative("May: three good of four.", "Keep going."));
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.publishedBy()).isEqualTo("qm1");
    assertThat(v1.figures().audits().total()).isEqualTo(4);
    String html1 = reports.html(may, 1);
    String pdf1 = pdfText(reports.pdf(may, 1));
    QaReportDraft draft = reports.draft(may);
    assertThat(draft.latestVersion()).isEqualTo(1);
    assertThat(draft.unpublishedChanges()).isFalse();
    assertThat(draft.nextVersion()).isEqualTo(2);

    QaReportDraft.Saved edited = reports.saveDraft(may, draft.version(),
        draft.narrative().with(ReportSection.SUMMARY, "May, corrected: three good of four audits."));
    assertThat(reports.draft(may).unpublishedChanges()).isTrue();
    QaReportVersion v2 = reports.publish(may, edited.version());
    assertThat(v2.version()).isEqualTo(2);
    assertThat(reports.versions(may)).extracting(QaReportVersion.Header::version).containsExactly(1, 2);
    assertThat(reports.html(may, 2)).contains("May, corrected").contains("Version 2, published by qm1");

    // later audits of May change the draft's figures, never a published version's
    seed.audits(6, Grade.INADEQUATE, LocalDate.of(2017, 5, 20));
    assertThat(reports.draft(may).figures().audits().total()).isEqualTo(10);
    assertThat(reports.version(may, 1).figures().audits().total()).isEqualTo(4);
    assertThat(reports.html(may, 1)).isEqualTo(html1);
    assertThat(pdfText(reports.pdf(may, 1))).isEqualTo(pdf1);
    assertThat(reports.version(may, 1).narrative().summary()).isEqualTo("May: three good of four.");

    assertThatThrownBy(() -> jdbc.update(
        "update pa.qa_report_version set summary = 'Rewritten.' where month = '2017-05' and version = 1"))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("a published QA report is never changed");
    assertThatThrownBy(() -> jdbc.update("delete from pa.qa_report_version where month = '2017-05'"))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("DELETE is not allowed");
    assertThat(reports.html(may, 1)).isEqualTo(html1);
  }

  @Test
  void theHtmlAndThePdfCarryTheSectionsTheNarrativeEscapedAndTheChartAsATable() throws Exception {
    YearMonth june = YearMonth.of(2017, 6);
    seed.audits(2, Grade.GOOD, LocalDate.of(2017, 6, 5));
    seed.audits(3, Grade.REQUIRES_IMPROVEMENT, LocalDate.of(2017, 6, 6));
    Narrative narrative = new Narrative("Summary <script>alert('x')</script> & more.\n\nA second paragraph.",
        "Audits & moderation.", "Oversight <b>weak</b>.", "Children seen sooner.", "Re-run \"Protection\" in July.");
    QaReportVersion v1 = publish(june, narrative);

    String html = reports.html(june, v1.version());
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
        .contains("<title>Monthly QA report: June 2017, version 1</title>")
        .doesNotContain("<script>").doesNotContain("<b>weak</b>")
        .contains("<p>Summary &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more.</p><p>A second paragraph.</p>")
        .contains("Oversight &lt;b&gt;weak&lt;/b&gt;.").contains("Re-run &quot;Protection&quot; in July.")
        .contains("<h1>Monthly QA report: June 2017</h1>");
    for (String heading : List.of("Summary", "Headline figures against targets", "Audit grades, last six months",
        "What we did", "What we learnt", "Actions and Cases of Concern", "What difference it made", "Next steps")) {
      assertThat(html).contains("<h2>" + heading + "</h2>");
    }
    assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"")
        .contains("<title id=\"grades-chart-title\">Audit grades, Jan 2017 to Jun 2017")
        .contains("<caption>Audit grades, Jan 2017 to Jun 2017: final grades as a share of each month")
        .contains("<th scope=\"col\">Requires improvement</th>")
        .contains("<th scope=\"row\">Jun 2017</th><td>5</td><td>0 (0 %)</td><td>2 (40 %)</td><td>3 (60 %)</td>"
            + "<td>0 (0 %)</td><td>40 %</td>")
        .contains("<th scope=\"row\">Good or better</th><td>40 % (2 of 5)</td>")
        .doesNotContain("<img").doesNotContain("<link").doesNotContain("src=");
    assertThat(html.split("<table>", -1).length - 1).as("every table has a caption")
        .isEqualTo(html.split("<caption>", -1).length - 1);

    String pdf = pdfText(reports.pdf(june, v1.version()));
    assertThat(pdf).contains("Monthly QA report: June 2017").contains("Version 1, published by qm1")
        .contains("Summary <script>alert('x')</script> & more.").contains("A second paragraph.")
        .contains("Headline figures against targets").contains("What we learnt").contains("What difference it made")
        .contains("Next steps").contains("Re-run \"Protection\" in July.").contains("40 % (2 of 5)")
        .contains("at least 42 %").contains("Jun 2017").contains("n = 5").contains("Good or better target");

    TestUsers.qm1();
    reports.saveDraft(june, reports.draft(june).version(), narrative.with(ReportSection.SUMMARY, "Draft text."));
    assertThat(reports.draftHtml(june)).contains("Draft, not published.").contains("Draft text.")
        .contains("<title>Monthly QA report: June 2017 (draft)</title>");
    assertThat(pdfText(reports.draftPdf(june))).contains("Draft, not published.").contains("Draft text.");
  }

  @Test
  void publishingNeedsTheSummaryAndTheNextStepsAndLosesNothing() {
    YearMonth month = YearMonth.of(2017, 4);
    TestUsers.qm1();
    QaReportDraft.Saved saved = reports.saveDraft(month, 0, new Narrative(" ", "What we did.", "", "", ""));

    assertThatThrownBy(() -> reports.publish(month, saved.version())).isInstanceOfSatisfying(InvalidQaReport.class,
        e -> assertThat(e.errors()).containsOnlyKeys("summary", "nextSteps")
            .containsEntry("summary", "Write the summary before publishing.")
            .containsEntry("nextSteps", "Write the next steps before publishing."));
    assertThat(reports.versions(month)).isEmpty();
    assertThat(reports.draft(month).narrative().whatWeDid()).isEqualTo("What we did.");
    assertThatThrownBy(() -> reports.draft(YearMonth.now(UK).plusMonths(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has not begun");
  }

  @Test
  void auditorsHeadsOfServiceAndDirectorsAreRefusedEditingAndPublishingAndNothingChanges() {
    YearMonth month = YearMonth.of(2017, 9);
    QaReportVersion v1 = publish(month, narrative("September.", "October."));
    QaReportDraft draft = reports.draft(month);
    Narrative theirs = narrative("Someone else's text.", "Theirs.");

    List<Runnable> people = List.of(TestUsers::auditor1, QaReportFixtures::hos1, QaReportFixtures::director1,
        TestUsers::admin1);
    for (Runnable person : people) {
      person.run();
      assertThatThrownBy(() -> reports.saveDraft(month, draft.version(), theirs))
          .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only quality managers");
      assertThatThrownBy(() -> reports.publish(month, draft.version()))
          .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only quality managers");
      assertThatThrownBy(() -> reports.saveDraft(YearMonth.of(2017, 1), 0, theirs))
          .isInstanceOf(AccessDeniedException.class);
    }
    Consumer<Runnable> refusedEverything = person -> {
      person.run();
      assertThatThrownBy(reports::list).isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("for quality managers, directors and administrators");
      assertThatThrownBy(() -> reports.html(month, 1)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> reports.draft(month)).isInstanceOf(AccessDeniedException.class);
    };
    refusedEverything.accept(TestUsers::auditor1);
    refusedEverything.accept(QaReportFixtures::hos1);
    refusedEverything.accept(TestUsers::tm1);

    QaReportFixtures.director1();
    assertThat(reports.html(month, 1)).contains("September.");
    assertThat(reports.draft(month).editable()).as("a director reads the draft").isFalse();
    assertThat(reports.list()).anySatisfy(s -> assertThat(s.month()).isEqualTo(month));
    TestUsers.admin1();
    assertThat(reports.pdf(month, 1)).isNotEmpty();
    assertThatThrownBy(() -> reports.draft(month)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Drafts of the monthly QA report are for quality managers and directors");
    assertThat(reports.list()).filteredOn(s -> s.month().equals(month)).singleElement()
        .satisfies(s -> assertThat(s.draft()).as("an administrator sees no drafts").isNull());

    TestUsers.qm1();
    QaReportDraft after = reports.draft(month);
    assertThat(after.version()).isEqualTo(draft.version());
    assertThat(after.narrative()).isEqualTo(v1.narrative());
    assertThat(reports.versions(month)).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from pa.qa_report_draft where month = '2017-01'", Integer.class))
        .isZero();
  }

  @Test
  void twoQualityManagersSavingTheSameDraftAtOnce_theSecondIsToldAndNothingOfEitherIsLost() {
    YearMonth month = YearMonth.of(2017, 11);
    TestUsers.qm1();
    long read = reports.draft(month).version();
    QaReportFixtures.qm2();
    long readByQm2 = reports.draft(month).version();
    assertThat(readByQm2).isEqualTo(read).isZero();

    TestUsers.qm1();
    QaReportDraft.Saved first = reports.saveDraft(month, read, narrative("qm1's summary.", "qm1's next steps."));
    QaReportFixtures.qm2();
    Narrative mine = narrative("qm2's summary.", "qm2's next steps.");
    assertThatThrownBy(() -> reports.saveDraft(month, readByQm2, mine)).isInstanceOfSatisfying(
        DraftConflictException.class, e -> {
          assertThat(e.getMessage()).startsWith("qm1 saved a newer draft at ")
              .contains("; your text is kept below and has not been saved.");
          assertThat(e.changedBy()).isEqualTo("qm1");
          assertThat(e.theirs().summary()).isEqualTo("qm1's summary.");
          assertThat(e.theirVersion()).isEqualTo(first.version());
        });
    assertThat(reports.draft(month).narrative().summary()).as("the first save stands").isEqualTo("qm1's summary.");

    // the second decides to keep theirs: saved over the newer version, knowingly
    DraftConflictException conflict = catchConflict(() -> reports.saveDraft(month, readByQm2, mine));
    reports.saveDraft(month, conflict.theirVersion(), mine);
    assertThat(reports.draft(month).narrative()).isEqualTo(mine);

    // publishing from a stale draft is refused too, naming the publication when that was the change
    TestUsers.qm1();
    assertThatThrownBy(() -> reports.publish(month, first.version())).isInstanceOf(DraftConflictException.class)
        .hasMessageStartingWith("qm2 saved a newer draft");
    QaReportVersion v1 = reports.publish(month, reports.draft(month).version());
    QaReportFixtures.qm2();
    assertThatThrownBy(() -> reports.saveDraft(month, conflict.theirVersion() + 1, mine))
        .isInstanceOf(DraftConflictException.class).hasMessageStartingWith("qm1 published version " + v1.version());
  }

  private static DraftConflictException catchConflict(Runnable save) {
    try {
      save.run();
    } catch (DraftConflictException e) {
      return e;
    }
    throw new AssertionError("no conflict");
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
