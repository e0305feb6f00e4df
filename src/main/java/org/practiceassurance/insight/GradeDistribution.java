package org.practiceassurance.insight;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit grades per month for a filter, with the targets they are judged against.
 *
 * @param months every month of the filter, in order, including months without audits
 */
public record GradeDistribution(InsightFilter filter, List<GradeMonth> months, InsightTargets targets) {

  public GradeDistribution {
    months = List.copyOf(months);
  }

  /** All the months together. */
  public GradeMonth overall() {
    java.util.Map<org.practiceassurance.audit.Grade, Long> sum = new java.util.EnumMap<>(org.practiceassurance.audit.Grade.class);
    months.forEach(m -> m.counts().forEach((grade, n) -> sum.merge(grade, n, Long::sum)));
    return new GradeMonth(filter.to(), sum);
  }

  /**
   * The least-squares straight line through the months' good-or-better percentages (months without
   * audits left out), one value per month; all null when fewer than two months had audits.
   */
  @JsonProperty
  public List<Double> goodOrBetterTrend() {
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < months.size(); i++) {
      Double y = months.get(i).goodOrBetterPercent();
      if (y != null) {
        n++;
        sx += i;
        sy += y;
        sxx += (double) i * i;
        sxy += i * y;
      }
    }
    List<Double> line = new ArrayList<>();
    double denominator = n * sxx - sx * sx;
    for (int i = 0; i < months.size(); i++) {
      if (n < 2 || denominator == 0) {
        line.add(null);
      } else {
        double slope = (n * sxy - sx * sy) / denominator;
        double intercept = (sy - slope * sx) / n;
        line.add(Math.max(0, Math.min(100, intercept + slope * i)));
      }
    }
    return line;
  }
}
