package org.practiceassurance.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.practiceassurance.concern.internal.ConcernRegisterQuery;
import org.practiceassurance.concern.internal.ConcernStore;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Cases of Concern register: raise at once, acknowledge, resolve; read within one's scope. */
@Service
public class ConcernRegister {

  /** A new concern is reviewed within a week unless resolved sooner. */
  static final int REVIEW_AFTER_DAYS = 7;

  private final ConcernStore store;
  private final ConcernRegisterQuery query;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  ConcernRegister(ConcernStore store, ConcernRegisterQuery query, CurrentUser currentUser) {
    this.store = store;
    this.query = query;
    this.currentUser = currentUser;
  }

  /** Anyone signed in who finds a child at risk puts them on the register at once. */
  @Transactional
  public long raise(RaiseConcern request) {
    if (request.reason() == null || request.reason().isBlank()) {
      throw new IllegalArgumentException("Say why the child is at risk.");
    }
    return store.raise(request, currentUser.get().username(), clock.instant(),
        LocalDate.now(ZoneId.of("Europe/London")).plusDays(REVIEW_AFTER_DAYS));
  }

  /** The responsible team manager or head of service (or a quality manager) has seen it. */
  @Transactional
  public void acknowledge(long concernId) {
    UserIdentity me = currentUser.get();
    ConcernEntry entry = store.entry(concernId);
    requireManagerOf(me, entry);
    store.acknowledge(concernId, me.username(), clock.instant());
  }

  @Transactional
  public void resolve(long concernId, String resolution) {
    UserIdentity me = currentUser.get();
    ConcernEntry entry = store.entry(concernId);
    requireManagerOf(me, entry);
    if (resolution == null || resolution.isBlank()) {
      throw new IllegalArgumentException("Record how the risk was resolved.");
    }
    store.resolve(concernId, resolution.trim(), me.username(), clock.instant());
  }

  /**
   * One page of the register as this person may see it (their organisational scope, and the entries
   * they raised), filtered and sorted in the database (newest first unless the page says otherwise;
   * sortable by {@link ConcernRegisterQuery#SORTABLE}), with how many entries match in all.
   *
   * @throws IllegalArgumentException for an unknown sort column or a date range that ends before it starts
   */
  @Transactional(readOnly = true)
  public Page<ConcernEntry> visible(ConcernFilter filter, Pageable pageable) {
    return PageableExecutionUtils.getPage(visibleRows(filter, pageable), pageable, () -> visibleCount(filter));
  }

  /** The rows of one page of {@link #visible} without counting them all (a lazy grid counts once, with {@link #visibleCount}). */
  @Transactional(readOnly = true)
  public List<ConcernEntry> visibleRows(ConcernFilter filter, Pageable pageable) {
    check(filter);
    return query.rows(currentUser.get(), filter, pageable);
  }

  /** How many entries {@link #visible} lists in all. */
  @Transactional(readOnly = true)
  public long visibleCount(ConcernFilter filter) {
    check(filter);
    return query.count(currentUser.get(), filter);
  }

  private static void check(ConcernFilter filter) {
    if (filter.raisedFrom() != null && filter.raisedTo() != null && filter.raisedTo().isBefore(filter.raisedFrom())) {
      throw new IllegalArgumentException("The end of the date range is before its start.");
    }
  }

  /** One entry, if this person may see it. */
  @Transactional(readOnly = true)
  public java.util.Optional<ConcernEntry> visibleEntry(long concernId) {
    UserIdentity me = currentUser.get();
    ConcernEntry entry = store.entry(concernId);
    return OrganisationScope.canSee(me, entry.serviceCode(), entry.teamCode()) || me.username().equals(entry.raisedBy())
        ? java.util.Optional.of(entry) : java.util.Optional.empty();
  }

  /** Entries not yet resolved for children of these teams, newest first; no role check (for other modules' own rules). */
  @Transactional(readOnly = true)
  public List<ConcernEntry> unresolved(java.util.Collection<String> teamCodes) {
    return teamCodes.isEmpty() ? List.of() : store.unresolved(teamCodes);
  }

  @Transactional(readOnly = true)
  public List<ConcernEntry> fromSource(String source, String sourceId) {
    return store.fromSource(source, sourceId);
  }

  private static void requireManagerOf(UserIdentity me, ConcernEntry entry) {
    boolean manager = me.hasAnyRole(Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE, Roles.QUALITY_MANAGER, Roles.DIRECTOR)
        && OrganisationScope.canSee(me, entry.serviceCode(), entry.teamCode());
    if (!manager) {
      throw new AccessDeniedException("Only the child's team manager, head of service or a quality manager can do this.");
    }
  }
}
