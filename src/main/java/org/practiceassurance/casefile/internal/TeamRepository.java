package org.practiceassurance.casefile.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<TeamEntity, String> {

  List<TeamEntity> findAllByOrderByCode();
}
