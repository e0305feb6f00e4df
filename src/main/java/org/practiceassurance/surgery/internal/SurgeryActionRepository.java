package org.practiceassurance.surgery.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurgeryActionRepository extends JpaRepository<SurgeryActionEntity, String> {

  List<SurgeryActionEntity> findBySurgeryIdIn(Collection<Long> surgeryIds);

  /** The actions this head of service is accountable for (ids only: the action module pages them). */
  @Query("select a.actionId from SurgeryActionEntity a where a.accountableHos = :accountableHos")
  List<String> actionIdsAccountableTo(String accountableHos);
}
