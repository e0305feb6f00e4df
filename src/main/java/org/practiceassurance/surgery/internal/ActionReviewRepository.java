package org.practiceassurance.surgery.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionReviewRepository extends JpaRepository<ActionReviewEntity, ActionReviewEntity.Key> {

  List<ActionReviewEntity> findBySurgeryIdIn(Collection<Long> surgeryIds);
}
