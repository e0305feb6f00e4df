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

  /** Submitted audits of these teams since a moment, counted by final grade (the moderated one, else the auditor's). */
  @org.springframework.data.jpa.repository.Query("""
      select coalesce(a.finalGrade, a.overallGrade), count(a) from Audit a
      where a.teamCode in :teamCodes and a.submittedAt >= :since and coalesce(a.finalGrade, a.overallGrade) is not null
      group by coalesce(a.finalGrade, a.overallGrade)""")
  List<Object[]> gradeCounts(java.util.Collection<String> teamCodes, java.time.Instant since);
}
