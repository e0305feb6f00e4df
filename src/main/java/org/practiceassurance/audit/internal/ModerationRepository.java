package org.practiceassurance.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationRepository extends JpaRepository<Moderation, Long> {

  List<Moderation> findByAuditIdOrderByCompletedAtDesc(Long auditId);
}
