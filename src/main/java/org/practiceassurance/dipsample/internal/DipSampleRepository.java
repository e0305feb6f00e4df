package org.practiceassurance.dipsample.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DipSampleRepository extends JpaRepository<DipSample, Long> {

  Optional<DipSample> findFirstByPreviousRunIdOrderByIdDesc(long previousRunId);
}
