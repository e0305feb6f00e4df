package org.practiceassurance.dipsample.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SampleFileRepository extends JpaRepository<SampleFileEntity, Long> {

  List<SampleFileEntity> findBySampleIdOrderByChildReference(long sampleId);

  /** Children already in a dip sample that is still open (other than the one given). */
  @Query("select f.childReference from SampleFileEntity f, DipSample s where s.id = f.sampleId"
      + " and s.status in (org.practiceassurance.dipsample.DipSampleStatus.REVIEWING,"
      + " org.practiceassurance.dipsample.DipSampleStatus.FINDINGS) and s.id <> :except")
  Set<String> childrenInOpenSamples(long except);

  @Query("select f.sampleId as sampleId, count(f) as total, count(f.reviewedAt) as reviewed from SampleFileEntity f"
      + " where f.sampleId in :sampleIds group by f.sampleId")
  List<Progress> progress(Collection<Long> sampleIds);

  interface Progress {
    long getSampleId();
    long getTotal();
    long getReviewed();
  }
}
