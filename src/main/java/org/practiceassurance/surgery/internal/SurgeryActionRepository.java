package org.practiceassurance.surgery.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurgeryActionRepository extends JpaRepository<SurgeryActionEntity, String> {

  List<SurgeryActionEntity> findBySurgeryIdIn(Collection<Long> surgeryIds);

  List<SurgeryActionEntity> findByAccountableHos(String accountableHos);
}
