package org.practiceassurance.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.practiceassurance.concern.internal.ConcernStore;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Cases of Concern register: raise at once, acknowledge, resolve; read within one's scope. */
@Service
public class ConcernRegister {

  /** A new concern is reviewed within a week unless resolved sooner. */
  static final int REVIEW_AFTER_DAYS = 7;

  private final ConcernStore store;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  ConcernRegister(ConcernStore store, CurrentUser currentUser) {
    this.store = store;
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

  /** The register as this person may see it, newest first. */
  @Transactional(readOnly = true)
  public List<ConcernEntry> visibleEntries() {
    UserIdentity me = currentUser.get();
    return store.all().stream()
        .filter(e -> OrganisationScope.canSee(me, e.serviceCode(), e.teamCode()) || me.username().equals(e.raisedBy()))
        .toList();
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
