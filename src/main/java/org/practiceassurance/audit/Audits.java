package org.practiceassurance.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassurance.action.ActionSource;
import org.practiceassurance.action.Actions;
import org.practiceassurance.audit.internal.Audit;
import org.practiceassurance.audit.internal.AuditHistory;
import org.practiceassurance.audit.internal.AuditListQuery;
import org.practiceassurance.audit.internal.AuditLookup;
import org.practiceassurance.audit.internal.AuditRepository;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.security.VisibleScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audits a person may see, a page at a time, and each audit's own page. Who sees which audit:
 * quality managers, directors, administrators and moderators every audit; a head of service their
 * service's; team managers and social workers their team's; anyone the audits they hold as auditor.
 * A person with several roles sees the union. The rule is applied in SQL (ADR 16).
 */
@Service
@Transactional(readOnly = true)
public class Audits {

  private final AuditListQuery listQuery;
  private final AuditRepository audits;
  private final AuditLookup lookup;
  private final AuditHistory history;
  private final Actions actions;
  private final CurrentUser currentUser;

  Audits(AuditListQuery listQuery, AuditRepository audits, AuditLookup lookup, AuditHistory history, Actions actions,
      CurrentUser currentUser) {
    this.listQuery = listQuery;
    this.audits = audits;
    this.lookup = lookup;
    this.history = history;
    this.actions = actions;
    this.currentUser = currentUser;
  }

  /**
   * One page of the audits the signed-in person may see, narrowed by the filter, with how many match.
   * Sort by {@code childReference}, {@code teamCode}, {@code auditor}, {@code dueDate}, {@code status}
   * (in the order of the lifecycle), {@code createdAt} or {@code submittedAt}; newest first when unsorted.
   *
   * @throws CaseFileAudits.InvalidAuditRequest for a sort the list does not offer or a malformed filter
   */
  public Page<AuditSummary> list(AuditFilter filter, Pageable page) {
    AuditListQuery.Scope scope = scope(currentUser.get());
    AuditFilter f = filter == null ? AuditFilter.NONE : filter;
    return PageableExecutionUtils.getPage(listQuery.rows(scope, f, page), page, () -> listQuery.count(scope, f));
  }

  /** The rows of one page only, for a screen that asked {@link #count} once (a lazy grid scrolling). */
  public List<AuditSummary> rows(AuditFilter filter, Pageable page) {
    return listQuery.rows(scope(currentUser.get()), filter == null ? AuditFilter.NONE : filter, page);
  }

  /** How many audits the signed-in person may see match the filter. */
  public long count(AuditFilter filter) {
    return listQuery.count(scope(currentUser.get()), filter == null ? AuditFilter.NONE : filter);
  }

  /**
   * The audit's own page, if it exists and the signed-in person may see it: empty otherwise (the two
   * are not told apart, so ids cannot be probed).
   */
  public Optional<AuditRecord> record(long auditId) {
    UserIdentity me = currentUser.get();
    return audits.findById(auditId).filter(audit -> canSee(me, audit)).map(audit -> {
      var raised = actions.bySource(ActionSource.AUDIT.name(), String.valueOf(audit.id()));
      AuditDetails details = lookup.details(audit);
      return new AuditRecord(details, audit.createdAt(), audit.submittedAt(), audit.closedAt(), raised,
          history.of(audit, details.moderations(), raised), audit.processInstanceId());
    });
  }

  static boolean canSee(UserIdentity user, Audit audit) {
    return seesEveryAudit(user) || user.username().equals(audit.auditor())
        || OrganisationScope.canSee(user, audit.serviceCode(), audit.teamCode());
  }

  private static boolean seesEveryAudit(UserIdentity user) {
    return OrganisationScope.seesWholeCounty(user) || user.hasRole(Roles.MODERATOR);
  }

  private static AuditListQuery.Scope scope(UserIdentity user) {
    if (seesEveryAudit(user)) {
      return new AuditListQuery.Scope(true, Set.of(), Set.of(), user.username());
    }
    VisibleScope place = VisibleScope.of(user);
    return new AuditListQuery.Scope(false, place.serviceCodes(), place.teamCodes(), user.username());
  }
}
