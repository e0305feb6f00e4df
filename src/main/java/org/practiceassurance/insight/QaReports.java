package org.practiceassurance.insight;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.insight.internal.QaReportQueries;
import org.practiceassurance.insight.internal.QaReportStore;
import org.practiceassurance.insight.internal.QaReportStore.StoredDraft;
import org.practiceassurance.insight.internal.QaReportStore.StoredVersion;
import org.practiceassurance.insight.internal.ReportContent;
import org.practiceassurance.insight.internal.ReportHtml;
import org.practiceassurance.insight.internal.ReportPdf;
import org.practiceassurance.insight.internal.ReportTables;
import org.practiceassurance.insight.internal.SnapshotJson;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly QA report (docs/adr/0014-qa-report-versions.md). Per month a working draft, whose
 * narrative quality managers edit (every save names the version it read, so two editors never
 * overwrite each other unknowingly) and publish as numbered versions 1, 2, 3... A publication
 * freezes the month's figures, gathered from {@link Dashboards} (county scope) and the report's
 * own queries, as a JSON snapshot beside the narrative; a published version is never changed (the
 * database refuses) and renders, as HTML or PDF, from that snapshot alone.
 *
 * <p>Quality managers create, edit and publish; directors read published versions and preview
 * drafts; administrators read published versions; everyone else is refused with {@link
 * AccessDeniedException}.
 */
@Service
public class QaReports {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Dashboards dashboards;
  private final QaReportQueries queries;
  private final QaReportStore store;
  private final SnapshotJson json;
  private final ReportHtml html;
  private final ReportPdf pdf;
  private final CurrentUser currentUser;

  QaReports(Dashboards dashboards, QaReportQueries queries, QaReportStore store, SnapshotJson json, ReportHtml html,
      ReportPdf pdf, CurrentUser currentUser) {
    this.dashboards = dashboards;
    this.queries = queries;
    this.store = store;
    this.json = json;
    this.html = html;
    this.pdf = pdf;
    this.currentUser = currentUser;
  }

  /** Quality managers, directors and administrators read published versions. */
  public static boolean mayRead(UserIdentity user) {
    return user.hasAnyRole(Roles.QUALITY_MANAGER, Roles.DIRECTOR, Roles.ADMIN);
  }

  /** Quality managers and directors read drafts (directors without changing them). */
  public static boolean mayReadDrafts(UserIdentity user) {
    return user.hasAnyRole(Roles.QUALITY_MANAGER, Roles.DIRECTOR);
  }

  /** Quality managers write and publish. */
  public static boolean mayEdit(UserIdentity user) {
    return user.hasRole(Roles.QUALITY_MANAGER);
  }

  /** Every month with a draft (for those who may read drafts) or a published version, newest first. */
  @Transactional(readOnly = true)
  public List<QaReportSummary> list() {
    UserIdentity me = reader();
    Map<YearMonth, List<QaReportVersion.Header>> headers = store.headers();
    Map<YearMonth, StoredDraft> drafts = new LinkedHashMap<>();
    if (mayReadDrafts(me)) {
      store.drafts().forEach(d -> drafts.put(d.month(), d));
    }
    Map<YearMonth, Narrative> latest = drafts.isEmpty() ? Map.of() : store.latestNarratives();
    TreeSet<YearMonth> months = new TreeSet<>(Comparator.reverseOrder());
    months.addAll(headers.keySet());
    months.addAll(drafts.keySet());
    List<QaReportSummary> list = new ArrayList<>();
    for (YearMonth month : months) {
      StoredDraft d = drafts.get(month);
      list.add(new QaReportSummary(month, headers.getOrDefault(month, List.of()), d == null ? null
          : new QaReportSummary.DraftState(d.savedBy(), d.savedAt(), d.version(),
              !d.narrative().equals(latest.get(month)))));
    }
    return list;
  }

  /** The month's draft (empty and at version 0 when never saved) with the month's figures as they stand now. */
  @Transactional(readOnly = true)
  public QaReportDraft draft(YearMonth month) {
    UserIdentity me = draftReader();
    checkMonth(month);
    Optional<StoredDraft> stored = store.draft(month);
    int latest = store.latestVersion(month);
    Narrative narrative = stored.map(StoredDraft::narrative).orElse(Narrative.EMPTY);
    boolean unpublished = !narrative.equals(store.latestNarrative(month).orElse(null));
    return new QaReportDraft(month, narrative, stored.map(StoredDraft::version).orElse(0L),
        stored.map(StoredDraft::savedBy).orElse(null), stored.map(StoredDraft::savedAt).orElse(null),
        latest == 0 ? null : latest, unpublished, figures(month), mayEdit(me));
  }

  /**
   * Saves the narrative over the draft at {@code expectedVersion} (0: there was no draft yet).
   *
   * @throws DraftConflictException when someone saved or published since; nothing is saved
   */
  @Transactional
  public QaReportDraft.Saved saveDraft(YearMonth month, long expectedVersion, Narrative narrative) {
    UserIdentity me = editor();
    checkMonth(month);
    for (ReportSection section : ReportSection.values()) {
      if (narrative.text(section).length() > Narrative.MAX_LENGTH) {
        throw new IllegalArgumentException(section.label() + " is longer than " + Narrative.MAX_LENGTH
            + " characters; nothing was saved.");
      }
    }
    Instant now = now();
    boolean saved = expectedVersion == 0 ? store.insertDraft(month, narrative, me.username(), now)
        : store.updateDraft(month, expectedVersion, narrative, me.username(), now);
    if (!saved) {
      throw conflict(month);
    }
    return new QaReportDraft.Saved(month, expectedVersion + 1, me.username(), now);
  }

  /**
   * Publishes the draft as it stands at {@code expectedDraftVersion} as the month's next version,
   * with the figures as they stand now.
   *
   * @throws InvalidQaReport when Summary or Next steps is empty; nothing is published
   * @throws DraftConflictException when the draft changed since; nothing is published
   */
  @Transactional
  public QaReportVersion publish(YearMonth month, long expectedDraftVersion) {
    UserIdentity me = editor();
    checkMonth(month);
    Optional<StoredDraft> draft = store.lockDraft(month);
    if (draft.map(StoredDraft::version).orElse(0L) != expectedDraftVersion) {
      throw conflict(month);
    }
    Narrative narrative = draft.map(StoredDraft::narrative).orElse(Narrative.EMPTY);
    Map<String, String> errors = new LinkedHashMap<>();
    for (ReportSection section : ReportSection.values()) {
      if (section.requiredToPublish() && narrative.text(section).isBlank()) {
        errors.put(section.key(), "Write the " + section.label().toLowerCase(Locale.UK)
            + " before publishing.");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidQaReport(errors);
    }
    int version = store.latestVersion(month) + 1;
    Instant now = now();
    store.insertVersion(month, version, narrative, json.write(figures(month)), me.username(), now);
    store.markPublished(month, version, me.username(), now);
    return version(month, version);
  }

  /** The month's published versions, oldest first. */
  @Transactional(readOnly = true)
  public List<QaReportVersion.Header> versions(YearMonth month) {
    reader();
    return store.headers().getOrDefault(month, List.of());
  }

  /** @throws NoSuchElementException when the month has no such version */
  @Transactional(readOnly = true)
  public QaReportVersion version(YearMonth month, int version) {
    reader();
    StoredVersion v = store.version(month, version).orElseThrow(() -> new NoSuchElementException(
        "There is no version " + version + " of the QA report for " + ReportTables.month(month) + "."));
    return new QaReportVersion(v.month(), v.version(), v.narrative(), json.read(v.figuresJson()), v.publishedBy(),
        v.publishedAt());
  }

  /** A published version as a self-contained HTML document: the same text every time. */
  @Transactional(readOnly = true)
  public String html(YearMonth month, int version) {
    return html.document(content(version(month, version)));
  }

  @Transactional(readOnly = true)
  public byte[] pdf(YearMonth month, int version) {
    return pdf.render(content(version(month, version)));
  }

  /** The draft's preview as HTML, with the figures as they stand now. */
  @Transactional(readOnly = true)
  public String draftHtml(YearMonth month) {
    return html.document(content(savedDraft(month)));
  }

  @Transactional(readOnly = true)
  public byte[] draftPdf(YearMonth month) {
    return pdf.render(content(savedDraft(month)));
  }

  /** The figures alone as an HTML fragment (tables and the chart), for the screen beside the draft. */
  public String figuresHtml(QaReportFigures figures) {
    return html.figures(figures);
  }

  /** A published version's report as an HTML fragment (one element), for the screen. */
  public String bodyHtml(QaReportVersion version) {
    return html.screen(content(version));
  }

  private QaReportDraft savedDraft(YearMonth month) {
    draftReader();
    if (store.draft(month).isEmpty()) {
      throw new NoSuchElementException("There is no draft of the QA report for " + ReportTables.month(month) + ".");
    }
    return draft(month);
  }

  private static ReportContent content(QaReportVersion v) {
    return new ReportContent(v.month(), v.narrative(), v.figures(), v.version(), v.publishedBy(), v.publishedAt());
  }

  private static ReportContent content(QaReportDraft d) {
    return new ReportContent(d.month(), d.narrative(), d.figures(), null, null, null);
  }

  // ---- figures --------------------------------------------------------------------------------

  /** Every figure of the month, for the county, as it stands now. */
  private QaReportFigures figures(YearMonth month) {
    Instant now = now();
    InsightFilter monthOnly = new InsightFilter(month, month, null, null, null);
    InsightTargets targets = dashboards.targets();
    List<QaReportFigures.Grades> chart = dashboards.auditGrades(InsightFilter.lastMonths(6, month)).months().stream()
        .map(QaReports::grades).toList();

    ModerationFigures moderation = dashboards.moderation(monthOnly);
    ModerationMonth m = moderation.months().get(0);
    long good = 0;
    long adequate = 0;
    long needs = 0;
    for (AuditorCompetency a : moderation.auditors()) {
      good += a.ratedGood();
      adequate += a.ratedAdequate();
      needs += a.ratedNeedsDevelopment();
    }
    QaReportFigures.Moderation moderated = new QaReportFigures.Moderation(m.graded(), m.selected(), m.areasModerated(),
        m.areasAgreed(), m.movedUp(), m.movedDown(), m.unchanged(), good, adequate, needs);

    ActionFigures actionFigures = dashboards.actions(monthOnly);
    ActionCounts total = actionFigures.total();
    QaReportFigures.Actions actions = new QaReportFigures.Actions(total.open(), total.overdue(),
        total.awaitingVerification(), queries.actionsRaised(month), actionFigures.closed(),
        actionFigures.medianDaysToClose());

    ConcernFigures concernFigures = dashboards.concerns(monthOnly);
    QaReportFigures.Concerns concerns = new QaReportFigures.Concerns(concernFigures.open(),
        concernFigures.unacknowledged(), queries.concernsRaised(month));

    List<QaReportFigures.DipSampleRun> dipSamples = new ArrayList<>();
    for (ThemeTrend theme : dashboards.dipSamples(monthOnly)) {
      for (ThemeTrend.Run run : theme.runs()) {
        dipSamples.add(new QaReportFigures.DipSampleRun(run.sampleId(), run.title(), theme.themeName(),
            run.runNumber(), run.filesReviewed(), run.compliancePercent()));
      }
    }
    return new QaReportFigures(QaReportFigures.SCHEMA, month, now, targets.goodOrBetterPercent(),
        targets.inadequatePercent(), chart.get(chart.size() - 1), chart, moderated, actions, concerns, dipSamples,
        queries.surgeriesHeld(month), new QaReportFigures.Prompts(queries.dipSampleFindings(month),
            queries.moderationFeedback(month)));
  }

  private static QaReportFigures.Grades grades(GradeMonth g) {
    return new QaReportFigures.Grades(g.month(), g.count(Grade.OUTSTANDING), g.count(Grade.GOOD),
        g.count(Grade.REQUIRES_IMPROVEMENT), g.count(Grade.INADEQUATE));
  }

  // ---- rules ----------------------------------------------------------------------------------

  private DraftConflictException conflict(YearMonth month) {
    StoredDraft theirs = store.draft(month).orElseThrow(() -> new IllegalStateException(
        "The draft of " + month + " changed and then disappeared"));
    boolean published = theirs.publishedAt() != null && theirs.publishedAt().isAfter(theirs.savedAt());
    return published
        ? new DraftConflictException(theirs.publishedBy(), theirs.publishedAt(), theirs.publishedVersion(),
            theirs.narrative(), theirs.version())
        : new DraftConflictException(theirs.savedBy(), theirs.savedAt(), null, theirs.narrative(), theirs.version());
  }

  private static void checkMonth(YearMonth month) {
    if (month == null) {
      throw new IllegalArgumentException("Choose a month.");
    }
    if (month.isAfter(YearMonth.now(UK))) {
      throw new IllegalArgumentException(ReportTables.month(month) + " has not begun: there is nothing to report yet.");
    }
  }

  private UserIdentity reader() {
    UserIdentity me = currentUser.get();
    if (!mayRead(me)) {
      throw new AccessDeniedException("The monthly QA report is for quality managers, directors and administrators.");
    }
    return me;
  }

  private UserIdentity draftReader() {
    UserIdentity me = currentUser.get();
    if (!mayReadDrafts(me)) {
      throw new AccessDeniedException(mayRead(me) ? "Drafts of the monthly QA report are for quality managers and"
          + " directors; published versions are open to you."
          : "The monthly QA report is for quality managers, directors and administrators.");
    }
    return me;
  }

  private UserIdentity editor() {
    UserIdentity me = currentUser.get();
    if (!mayEdit(me)) {
      throw new AccessDeniedException("Only quality managers write and publish the monthly QA report.");
    }
    return me;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
