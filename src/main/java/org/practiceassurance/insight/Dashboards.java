package org.practiceassurance.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.insight.internal.DashboardQueries;
import org.practiceassurance.insight.internal.ViewerScope;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures for the signed-in person, each with the list behind it. Every call
 * narrows the filter to the person's scope (quality managers, directors and administrators: the
 * county; a head of service: their service; a team manager: their team) and refuses, with {@link
 * org.springframework.security.access.AccessDeniedException}, a filter outside it or a person with
 * no dashboards. The auditor competency table is for those who see the whole county.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final DashboardQueries queries;
  private final CaseFiles caseFiles;
  private final CurrentUser currentUser;
  private final InsightTargets targets;

  Dashboards(DashboardQueries queries, CaseFiles caseFiles, CurrentUser currentUser, InsightTargets targets) {
    this.queries = queries;
    this.caseFiles = caseFiles;
    this.currentUser = currentUser;
    this.targets = targets;
  }

  /** Whether this person has dashboards at all. */
  public static boolean mayRead(UserIdentity user) {
    return ViewerScope.mayReadDashboards(user);
  }

  /** The filter as it will be applied: the person's own service or team filled in. */
  public InsightFilter applied(InsightFilter requested) {
    return scope(requested).filter();
  }

  public InsightTargets targets() {
    return targets;
  }

  public GradeDistribution auditGrades(InsightFilter filter) {
    ViewerScope scope = scope(filter);
    return new GradeDistribution(scope.filter(), queries.gradesByMonth(scope), targets);
  }

  /** The graded audits behind a bar: one month (null: every month) and one grade (null: any). */
  public Listing<AuditRow> auditsBehind(InsightFilter filter, YearMonth month, Grade grade) {
    return queries.audits(scope(filter), month, grade);
  }

  public ModerationFigures moderation(InsightFilter filter) {
    ViewerScope scope = scope(filter);
    boolean county = OrganisationScope.seesWholeCounty(currentUser.get());
    DashboardQueries.Moderations moderations = queries.moderation(scope, county);
    return new ModerationFigures(scope.filter(), moderations.months(), moderations.auditors());
  }

  public ActionFigures actions(InsightFilter filter) {
    return queries.actions(scope(filter), today());
  }

  /** The actions behind a count: of one service and/or owner (null: any), in one state. */
  public Listing<ActionRow> actionsBehind(InsightFilter filter, String serviceCode, String owner, ActionState state) {
    return queries.actionList(scope(filter), today(), serviceCode, owner, state);
  }

  public ConcernFigures concerns(InsightFilter filter) {
    return queries.concerns(scope(filter), today());
  }

  /** Open entries aged minDays to maxDays (nulls: no limit), of one service (null: any). */
  public Listing<ConcernRow> concernsBehind(InsightFilter filter, Integer minDays, Integer maxDays, String serviceCode) {
    return queries.concernList(scope(filter), today(), minDays, maxDays, serviceCode);
  }

  public List<ThemeTrend> dipSamples(InsightFilter filter) {
    return queries.dipSampleTrends(scope(filter));
  }

  private ViewerScope scope(InsightFilter filter) {
    return ViewerScope.of(currentUser.get(), filter, caseFiles);
  }

  private static LocalDate today() {
    return LocalDate.now(UK);
  }
}
