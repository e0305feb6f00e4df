package org.practiceassurance.dipsample.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DipSampleRepository extends JpaRepository<DipSample, Long> {

  List<DipSample> findAllByOrderByIdDesc();

  Optional<DipSample> findFirstByPreviousRunIdOrderByIdDesc(long previousRunId);
}
