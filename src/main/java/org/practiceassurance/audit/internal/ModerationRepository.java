package org.practiceassurance.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModerationRepository extends JpaRepository<Moderation, Long> {

  @Query("select m from Moderation m where m.auditId = :auditId order by m.completedAt desc")
  List<Moderation> findByAuditIdOrderByCompletedAtDesc(@Param("auditId") Long auditId);
}
