package org.practiceassurance.casefile.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RosterImportRunRepository extends JpaRepository<RosterImportRun, Long> {

  Optional<RosterImportRun> findFirstByOrderByImportedAtDescIdDesc();
}
