package org.practiceassurance.action.internal;

import java.util.List;
import java.util.Optional;
import org.practiceassurance.action.ActionStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Actions are stored and read, never deleted: no delete methods here (and the database refuses deletes). */
public interface ActionRepository extends Repository<ActionEntity, String> {

  /** For new actions only: changes to a loaded action are written by {@link #flush()} or at commit. */
  ActionEntity saveAndFlush(ActionEntity action);

  /** Writes pending changes now, so that a stale version fails here as an optimistic-locking conflict. */
  void flush();

  Optional<ActionEntity> findById(String id);

  long count();

  @Query(value = "select nextval('pa.action_number_seq')", nativeQuery = true)
  long nextNumber();

  List<ActionEntity> findBySourceAndSourceIdOrderById(String source, String sourceId);

  List<ActionEntity> findBySourceAndSourceIdInOrderById(String source, java.util.Collection<String> sourceIds);

  List<ActionEntity> findBySourceAndSourceIdStartingWithOrderById(String source, String sourceIdPrefix);

  boolean existsBySourceAndSourceIdAndStatusNot(String source, String sourceId, ActionStatus status);
}
