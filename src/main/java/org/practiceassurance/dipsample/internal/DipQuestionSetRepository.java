package org.practiceassurance.dipsample.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Question sets are added, never changed or deleted: no update or delete methods here. */
interface DipQuestionSetRepository extends Repository<DipQuestionSet, Long> {

  /** Inserts at once, so that a version number someone else has just taken fails here. */
  DipQuestionSet saveAndFlush(DipQuestionSet set);

  Optional<DipQuestionSet> findById(Long id);

  Optional<DipQuestionSet> findFirstByThemeCodeOrderByVersionDesc(String themeCode);

  List<DipQuestionSet> findByThemeCodeOrderByVersionDesc(String themeCode);
}
