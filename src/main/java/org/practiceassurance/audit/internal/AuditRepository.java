package org.practiceassurance.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<Audit, Long> {

  Optional<Audit> findByProcessInstanceId(String processInstanceId);

  List<Audit> findAllByOrderByCreatedAtDesc();

  List<Audit> findTop500ByOrderByCreatedAtDesc();

  @org.springframework.data.jpa.repository.Query("select a.childReference from Audit a where a.createdAt >= :since")
  java.util.Set<String> childReferencesAuditedSince(java.time.Instant since);
}
