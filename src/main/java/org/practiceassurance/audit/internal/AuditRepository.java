package org.practiceassurance.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<Audit, Long> {

  Optional<Audit> findByProcessInstanceId(String processInstanceId);

  List<Audit> findAllByOrderByCreatedAtDesc();

  /** The child's open audit, if any (there is one at a time); the newest should there be more. */
  @org.springframework.data.jpa.repository.Query("""
      select a.id as id, a.status as status, a.auditor as auditor, a.dueDate as dueDate from Audit a
      where a.childReference = :childReference and a.status <> org.practiceassurance.audit.AuditStatus.CLOSED
      order by a.createdAt desc limit 1""")
  Optional<OpenAudit> openAuditOf(String childReference);

  /** The children who have an open audit. */
  @org.springframework.data.jpa.repository.Query("""
      select distinct a.childReference from Audit a where a.status <> org.practiceassurance.audit.AuditStatus.CLOSED""")
  java.util.Set<String> childReferencesWithOpenAudits();

  /**
   * Holds, until the transaction ends, the right to start an audit of this child: two starts of the
   * same child (a programme launched while someone starts one by hand) check for an open audit in turn.
   */
  @org.springframework.data.jpa.repository.Query(
      value = "select 1 from (select pg_advisory_xact_lock(hashtext('audit-start:' || :childReference))) l",
      nativeQuery = true)
  int lockStartsOf(String childReference);

  /** An open audit, as a refusal to start another names it. */
  interface OpenAudit {
    long getId();
    org.practiceassurance.audit.AuditStatus getStatus();
    String getAuditor();
    java.time.LocalDate getDueDate();
  }

  @org.springframework.data.jpa.repository.Query("select a.childReference from Audit a where a.createdAt >= :since")
  java.util.Set<String> childReferencesAuditedSince(java.time.Instant since);

  /** Submitted audits of these teams since a moment, counted by final grade (the moderated one, else the auditor's). */
  @org.springframework.data.jpa.repository.Query("""
      select coalesce(a.finalGrade, a.overallGrade), count(a) from Audit a
      where a.teamCode in :teamCodes and a.submittedAt >= :since and coalesce(a.finalGrade, a.overallGrade) is not null
      group by coalesce(a.finalGrade, a.overallGrade)""")
  List<Object[]> gradeCounts(java.util.Collection<String> teamCodes, java.time.Instant since);
}
