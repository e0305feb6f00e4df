package org.practiceassurance.surgery.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DipSampleAskRepository extends JpaRepository<DipSampleAskEntity, Long> {

  List<DipSampleAskEntity> findBySurgeryIdOrderById(long surgeryId);
}
