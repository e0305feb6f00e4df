package org.practiceassurance.casefile.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.practiceassurance.casefile.LegalStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseFileRepository extends JpaRepository<CaseFileEntity, Long>,
    JpaSpecificationExecutor<CaseFileEntity> {

  /** JPQL rather than a derived query: Hibernate caches its translation (every audit start looks a file up). */
  @Query("select f from CaseFileEntity f where f.childReference = :childReference")
  Optional<CaseFileEntity> findByChildReference(@Param("childReference") String childReference);

  List<CaseFileEntity> findByTeamCodeAndOpenTrueOrderByChildReference(String teamCode);

  long countByOpenTrue();

  /** Open files; a null collection does not filter, an empty one matches nothing. */
  @Query("""
      select f from CaseFileEntity f
      where f.open = true
        and (:anyTeam = true or f.teamCode in :teamCodes)
        and (:anyStatus = true or f.legalStatus in :statuses)
      order by f.childReference""")
  List<CaseFileEntity> findOpen(@Param("anyTeam") boolean anyTeam, @Param("teamCodes") Collection<String> teamCodes,
      @Param("anyStatus") boolean anyStatus, @Param("statuses") Collection<LegalStatus> statuses);
}
