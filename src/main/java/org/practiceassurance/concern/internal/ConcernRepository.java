package org.practiceassurance.concern.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernRepository extends JpaRepository<Concern, Long> {

  List<Concern> findByTeamCodeInAndStatusNotOrderByRaisedAtDesc(java.util.Collection<String> teamCodes,
      org.practiceassurance.concern.ConcernStatus status);

  List<Concern> findBySourceAndSourceIdOrderByRaisedAtDesc(String source, String sourceId);
}
