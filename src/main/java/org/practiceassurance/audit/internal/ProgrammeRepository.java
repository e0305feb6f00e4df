package org.practiceassurance.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

  List<Programme> findAllByOrderByCreatedAtDesc();
}
