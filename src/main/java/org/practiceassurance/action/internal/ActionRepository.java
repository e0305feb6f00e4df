package org.practiceassurance.action.internal;

import java.util.List;
import java.util.Optional;
import org.practiceassurance.action.ActionStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Actions are stored and read, never deleted: no delete methods here (and the database refuses deletes). */
public interface ActionRepository extends Repository<ActionEntity, String> {

  /**
   * For new actions only (written with the transaction's next flush, at the latest at commit);
   * changes to a loaded action are written by {@link #flush()} or at commit.
   */
  ActionEntity save(ActionEntity action);

  /** Writes pending changes now, so that a stale version fails here as an optimistic-locking conflict. */
  void flush();

  Optional<ActionEntity> findById(String id);

  long count();

  // Queries on the path of every lifecycle are JPQL: Hibernate caches their translation, where a
  // derived query is built and translated again as a criteria query on every call.

  @Query("select a from ActionEntity a where a.source = :source and a.sourceId = :sourceId order by a.id")
  List<ActionEntity> findBySourceAndSourceIdOrderById(@Param("source") String source, @Param("sourceId") String sourceId);

  @Query("select count(a) from ActionEntity a where a.source = :source and a.sourceId = :sourceId and a.status <> :status")
  long countNotInStatus(@Param("source") String source, @Param("sourceId") String sourceId,
      @Param("status") ActionStatus status);

  List<ActionEntity> findBySourceAndSourceIdInOrderById(String source, java.util.Collection<String> sourceIds);

  List<ActionEntity> findBySourceAndSourceIdStartingWithOrderById(String source, String sourceIdPrefix);

}
