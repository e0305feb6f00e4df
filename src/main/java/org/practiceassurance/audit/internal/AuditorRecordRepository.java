package org.practiceassurance.audit.internal;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface AuditorRecordRepository extends JpaRepository<AuditorRecord, String> {

  /**
   * Adds one moderation to the auditor's record in one statement, creating the record (in
   * development) on the first: concurrent moderations of one auditor's audits neither collide on
   * the insert nor lose a count. It reads nothing the session holds, so the session's pending
   * changes are not flushed for it (they are at the commit).
   */
  @Modifying
  @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
  @Query(nativeQuery = true, value = """
      insert into {h-schema}auditor_record (auditor, in_development, audits_moderated, areas_moderated, areas_agreed,
          rated_good, rated_adequate, rated_needs_development, updated_at, version)
      values (:auditor, true, 1, :areas, :agreed, :good, :adequate, :needsDevelopment, :now, 0)
      on conflict (auditor) do update set
          audits_moderated = auditor_record.audits_moderated + 1,
          areas_moderated = auditor_record.areas_moderated + excluded.areas_moderated,
          areas_agreed = auditor_record.areas_agreed + excluded.areas_agreed,
          rated_good = auditor_record.rated_good + excluded.rated_good,
          rated_adequate = auditor_record.rated_adequate + excluded.rated_adequate,
          rated_needs_development = auditor_record.rated_needs_development + excluded.rated_needs_development,
          updated_at = excluded.updated_at
      """)
  void recordModeration(@Param("auditor") String auditor, @Param("areas") int areas, @Param("agreed") int agreed,
      @Param("good") int good, @Param("adequate") int adequate, @Param("needsDevelopment") int needsDevelopment,
      @Param("now") Instant now);
}
