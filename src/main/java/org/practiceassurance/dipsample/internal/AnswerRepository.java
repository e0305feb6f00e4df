package org.practiceassurance.dipsample.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<AnswerEntity, Long> {

  List<AnswerEntity> findBySampleFileId(long sampleFileId);

  Optional<AnswerEntity> findBySampleFileIdAndQuestionId(long sampleFileId, long questionId);
}
