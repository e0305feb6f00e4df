package org.practiceassurance.casefile.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgServiceRepository extends JpaRepository<OrgServiceEntity, String> {

  List<OrgServiceEntity> findAllByOrderByCode();
}
