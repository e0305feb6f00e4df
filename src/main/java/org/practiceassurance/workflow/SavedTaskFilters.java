package org.practiceassurance.workflow;

import java.time.Clock;
import java.util.List;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.workflow.internal.SavedTaskFilterEntity;
import org.practiceassurance.workflow.internal.SavedTaskFilterRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task-list filters people name and keep, kept in the database (they outlast signing out). A quality
 * manager may share a filter with everyone who holds a role; only its owner removes it.
 */
@Service
public class SavedTaskFilters {

  public static final int MAX_NAME = 80;
  public static final int MAX_PER_PERSON = 50;

  private final SavedTaskFilterRepository filters;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  SavedTaskFilters(SavedTaskFilterRepository filters, CurrentUser currentUser) {
    this.filters = filters;
    this.currentUser = currentUser;
  }

  /** My filters and those shared with a role I hold, by name. */
  @Transactional(readOnly = true)
  public List<SavedTaskFilter> available() {
    UserIdentity me = currentUser.get();
    return filters.visibleTo(me.username(), me.roles().isEmpty() ? List.of("") : me.roles()).stream()
        .map(SavedTaskFilterEntity::toFilter).toList();
  }

  /**
   * Keeps a filter under a name of mine, shared with {@code sharedWithRole} if not null.
   *
   * @throws IllegalArgumentException for a missing or too long name, a name I already use, too many
   *     filters, or an unknown role
   * @throws org.practiceassurance.workflow.TaskAccessDeniedException when someone other than a quality
   *     manager shares a filter
   */
  @Transactional
  public SavedTaskFilter save(String name, TaskSearch search, String sharedWithRole) {
    UserIdentity me = currentUser.get();
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("Name the filter.");
    }
    if (trimmed.length() > MAX_NAME) {
      throw new IllegalArgumentException("A filter's name is at most " + MAX_NAME + " characters.");
    }
    if (filters.ownerHasName(me.username(), trimmed)) {
      throw new IllegalArgumentException("You already have a filter called \"" + trimmed + "\".");
    }
    if (filters.countByOwner(me.username()) >= MAX_PER_PERSON) {
      throw new IllegalArgumentException("You keep " + MAX_PER_PERSON + " filters already: remove one first.");
    }
    String role = sharedWithRole == null || sharedWithRole.isBlank() ? null : sharedWithRole.strip();
    if (role != null) {
      if (!me.hasRole(Roles.QUALITY_MANAGER)) {
        throw new TaskAccessDeniedException("Only quality managers share filters with a role.");
      }
      if (!Roles.ALL.contains(role)) {
        throw new IllegalArgumentException("There is no role \"" + role + "\".");
      }
    }
    return filters.save(new SavedTaskFilterEntity(me.username(), trimmed, role, search, clock.instant())).toFilter();
  }

  /** Removes a filter of mine. */
  @Transactional
  public void remove(long id) {
    SavedTaskFilterEntity filter = filters.findById(id).orElse(null);
    if (filter == null || !filter.owner().equals(currentUser.get().username())) {
      throw new TaskAccessDeniedException("Only its owner removes a filter.");
    }
    filters.delete(filter);
  }
}
