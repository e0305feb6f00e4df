package org.practiceassurance.concern.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.RaiseConcern;
import org.springframework.stereotype.Component;

/** Persistence of the register, kept inside the module. */
@Component
public class ConcernStore {

  private final ConcernRepository repository;

  ConcernStore(ConcernRepository repository) {
    this.repository = repository;
  }

  public long raise(RaiseConcern request, String raisedBy, Instant now, LocalDate reviewDate) {
    return repository.save(new Concern(request, raisedBy, now, reviewDate)).id();
  }

  public ConcernEntry entry(long id) {
    return find(id).toEntry();
  }

  public void acknowledge(long id, String by, Instant now) {
    find(id).acknowledge(by, now);
  }

  public void resolve(long id, String resolution, String by, Instant now) {
    find(id).resolve(resolution, by, now);
  }

  public List<ConcernEntry> unresolved(java.util.Collection<String> teamCodes) {
    return repository.findByTeamCodeInAndStatusNotOrderByRaisedAtDesc(teamCodes, org.practiceassurance.concern.ConcernStatus.RESOLVED)
        .stream().map(Concern::toEntry).toList();
  }

  public List<ConcernEntry> fromSource(String source, String sourceId) {
    return repository.findBySourceAndSourceIdOrderByRaisedAtDesc(source, sourceId).stream().map(Concern::toEntry).toList();
  }

  private Concern find(long id) {
    return repository.findById(id).orElseThrow(() -> new NoSuchElementException("No concern " + id));
  }
}
