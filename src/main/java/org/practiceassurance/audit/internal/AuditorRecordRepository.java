package org.practiceassurance.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditorRecordRepository extends JpaRepository<AuditorRecord, String> {}
