package org.practiceassurance.security.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {

  List<AccessLogEntry> findByUsernameOrderByOccurredAtDesc(String username);
}
