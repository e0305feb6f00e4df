package org.practiceassurance.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.practiceassurance.casefile.internal.CaseFileEntity;
import org.practiceassurance.casefile.internal.CaseFileQueries;
import org.practiceassurance.casefile.internal.CaseFileRepository;
import org.practiceassurance.casefile.internal.OrgServiceEntity;
import org.practiceassurance.casefile.internal.OrgServiceRepository;
import org.practiceassurance.casefile.internal.TeamEntity;
import org.practiceassurance.casefile.internal.TeamRepository;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.security.VisibleScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up case files, teams and services. The plain lookups are for other modules' own logic (no
 * role check: they decide what their callers may see); screens and the REST API use
 * {@link #visibleTo} and {@link #findVisible}, which apply {@link OrganisationScope} (in SQL for the list).
 */
@Service
@Transactional(readOnly = true)
public class CaseFiles {

  /** Matches no team or service code: stands in for an empty collection in queries. */
  private static final List<String> NOTHING = List.of("");

  private final CaseFileRepository files;
  private final TeamRepository teams;
  private final OrgServiceRepository services;

  CaseFiles(CaseFileRepository files, TeamRepository teams, OrgServiceRepository services) {
    this.files = files;
    this.teams = teams;
    this.services = services;
  }

  /** The file, open or closed; the reference is matched without regard to case. */
  public Optional<CaseFile> find(String childReference) {
    if (childReference == null || childReference.isBlank()) {
      return Optional.empty();
    }
    return files.findByChildReference(childReference.trim().toUpperCase(Locale.ROOT)).map(CaseFileEntity::toCaseFile);
  }

  /** The team's open files, by reference. */
  public List<CaseFile> openFiles(String teamCode) {
    return files.findByTeamCodeAndOpenTrueOrderByChildReference(teamCode).stream().map(CaseFileEntity::toCaseFile).toList();
  }

  /**
   * Open files of these teams with these legal statuses, by reference. A null collection does not
   * filter ({@code null, null} is every open file); an empty one matches nothing.
   */
  public List<CaseFile> openFiles(Collection<String> teamCodes, Collection<LegalStatus> statuses) {
    if ((teamCodes != null && teamCodes.isEmpty()) || (statuses != null && statuses.isEmpty())) {
      return List.of();
    }
    return files.findOpen(teamCodes == null, teamCodes == null ? NOTHING : teamCodes,
        statuses == null, statuses == null ? List.of(LegalStatus.CIN) : statuses)
        .stream().map(CaseFileEntity::toCaseFile).toList();
  }

  public long countOpen() {
    return files.countByOpenTrue();
  }

  public List<Team> teams() {
    return teams.findAllByOrderByCode().stream().map(TeamEntity::toTeam).toList();
  }

  public Optional<Team> team(String code) {
    return code == null ? Optional.empty() : teams.findById(code.trim().toUpperCase(Locale.ROOT)).map(TeamEntity::toTeam);
  }

  public List<OrgService> services() {
    return services.findAllByOrderByCode().stream().map(OrgServiceEntity::toOrgService).toList();
  }

  /** The sort properties the case-file list offers (REST and the grid name them so). */
  public static final Set<String> SORTS = Set.of("childReference", "displayName", "dateOfBirth", "legalStatus",
      "teamCode", "allocatedWorker", "dateOpened");
  private static final Sort DEFAULT_SORT = Sort.by("teamCode", "childReference");

  /**
   * One page of the files this person may see ({@link VisibleScope}: the whole county for quality
   * managers, directors and administrators, their service for a head of service, their team for team
   * managers and social workers), narrowed by the filter in the database; by team, then reference,
   * when unsorted. The child's reference, unique, breaks ties so that pages never overlap. {@code user}
   * is the person signed in ({@code CurrentUser.get()}).
   *
   * @throws IllegalArgumentException for a sort the list does not offer, or opened dates the wrong way round
   */
  @Secured({"ROLE_" + Roles.AUDITOR, "ROLE_" + Roles.MODERATOR, "ROLE_" + Roles.HEAD_OF_SERVICE,
      "ROLE_" + Roles.TEAM_MANAGER, "ROLE_" + Roles.SOCIAL_WORKER, "ROLE_" + Roles.QUALITY_MANAGER,
      "ROLE_" + Roles.DIRECTOR, "ROLE_" + Roles.ADMIN})
  public Page<CaseFile> visibleTo(UserIdentity user, CaseFileFilter filter, Pageable page) {
    CaseFileFilter f = checked(filter);
    Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), order(page.getSort()));
    VisibleScope scope = VisibleScope.of(user);
    if (scope.isEmpty()) {
      return Page.empty(ordered);
    }
    return files.findAll(CaseFileQueries.visible(scope, f), ordered).map(CaseFileEntity::toCaseFile);
  }

  /** How many files {@link #visibleTo} lists in all for this filter. */
  @Secured({"ROLE_" + Roles.AUDITOR, "ROLE_" + Roles.MODERATOR, "ROLE_" + Roles.HEAD_OF_SERVICE,
      "ROLE_" + Roles.TEAM_MANAGER, "ROLE_" + Roles.SOCIAL_WORKER, "ROLE_" + Roles.QUALITY_MANAGER,
      "ROLE_" + Roles.DIRECTOR, "ROLE_" + Roles.ADMIN})
  public long countVisibleTo(UserIdentity user, CaseFileFilter filter) {
    CaseFileFilter f = checked(filter);
    VisibleScope scope = VisibleScope.of(user);
    return scope.isEmpty() ? 0 : files.count(CaseFileQueries.visible(scope, f));
  }

  private static CaseFileFilter checked(CaseFileFilter filter) {
    CaseFileFilter f = filter == null ? CaseFileFilter.openFiles() : filter;
    if (f.openedFrom() != null && f.openedTo() != null && f.openedTo().isBefore(f.openedFrom())) {
      throw new IllegalArgumentException("The last opening day is before the first.");
    }
    return f;
  }

  /** The page's order, then the reference (unique); refuses what the list does not offer. */
  private static Sort order(Sort sort) {
    Sort asked = sort.isSorted() ? sort : DEFAULT_SORT;
    Sort.Direction last = Sort.Direction.ASC;
    for (Sort.Order o : asked) {
      if (!SORTS.contains(o.getProperty())) {
        throw new IllegalArgumentException("Case files cannot be sorted by \"" + o.getProperty() + "\"; sort by one of "
            + String.join(", ", new java.util.TreeSet<>(SORTS)) + ".");
      }
      last = o.getDirection();
    }
    return asked.getOrderFor("childReference") != null ? asked : asked.and(Sort.by(last, "childReference"));
  }

  /** The file if it exists and this person may see it; empty otherwise (the two are not told apart). */
  @Secured({"ROLE_" + Roles.AUDITOR, "ROLE_" + Roles.MODERATOR, "ROLE_" + Roles.HEAD_OF_SERVICE,
      "ROLE_" + Roles.TEAM_MANAGER, "ROLE_" + Roles.SOCIAL_WORKER, "ROLE_" + Roles.QUALITY_MANAGER,
      "ROLE_" + Roles.DIRECTOR, "ROLE_" + Roles.ADMIN})
  public Optional<CaseFile> findVisible(UserIdentity user, String childReference) {
    return find(childReference).filter(file -> OrganisationScope.canSee(user, file.serviceCode(), file.teamCode()));
  }

  /** The teams whose files this person may see, by code. */
  public List<Team> teamsVisibleTo(UserIdentity user) {
    return teams().stream().filter(t -> OrganisationScope.canSee(user, t.serviceCode(), t.code())).toList();
  }
}
