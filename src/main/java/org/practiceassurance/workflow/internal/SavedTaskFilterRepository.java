package org.practiceassurance.workflow.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SavedTaskFilterRepository extends JpaRepository<SavedTaskFilterEntity, Long> {

  /** My own filters and those shared with one of my roles, by name. */
  @Query("""
      select f from SavedTaskFilterEntity f where f.owner = :owner or f.sharedWithRole in :roles
      order by lower(f.name), f.id""")
  List<SavedTaskFilterEntity> visibleTo(String owner, Collection<String> roles);

  @Query("select count(f) > 0 from SavedTaskFilterEntity f where f.owner = :owner and lower(f.name) = lower(:name)")
  boolean ownerHasName(String owner, String name);

  long countByOwner(String owner);
}
