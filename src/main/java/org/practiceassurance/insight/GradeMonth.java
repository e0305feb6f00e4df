package org.practiceassurance.insight;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.practiceassurance.audit.Grade;

/**
 * One month's graded audits: how many of each final grade (the moderated grade where an audit was
 * moderated), counted in the month the audit was submitted.
 */
public record GradeMonth(YearMonth month, Map<Grade, Long> counts) {

  public GradeMonth {
    EnumMap<Grade, Long> all = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      all.put(grade, counts.getOrDefault(grade, 0L));
    }
    counts = Map.copyOf(all);
  }

  @JsonProperty
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public long count(Grade grade) {
    return counts.get(grade);
  }

  /** The share of the month's audits with this grade, 0 to 100; null when there were none. */
  public Double percent(Grade grade) {
    return share(count(grade));
  }

  /** Outstanding or good, 0 to 100; null when there were no audits. */
  @JsonProperty
  public Double goodOrBetterPercent() {
    return share(count(Grade.OUTSTANDING) + count(Grade.GOOD));
  }

  @JsonProperty
  public Double inadequatePercent() {
    return percent(Grade.INADEQUATE);
  }

  private Double share(long n) {
    long total = total();
    return total == 0 ? null : 100.0 * n / total;
  }
}
