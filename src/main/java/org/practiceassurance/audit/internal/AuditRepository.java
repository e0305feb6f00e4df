package org.practiceassurance.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<Audit, Long> {

  Optional<Audit> findByProcessInstanceId(String processInstanceId);

  List<Audit> findAllByOrderByCreatedAtDesc();

  /** The newest audits as list rows: one query, no collections loaded. */
  @org.springframework.data.jpa.repository.Query("""
      select new org.practiceassurance.audit.internal.AuditListRow(a.id, a.childReference, a.serviceCode, a.teamCode,
          a.auditor, a.dueDate, a.status, a.overallGrade, a.finalGrade, a.moderationReason)
      from Audit a order by a.createdAt desc""")
  List<AuditListRow> newestRows(org.springframework.data.domain.Pageable page);

  @org.springframework.data.jpa.repository.Query("select a.childReference from Audit a where a.createdAt >= :since")
  java.util.Set<String> childReferencesAuditedSince(java.time.Instant since);
}
