package org.practiceassurance.indicator;

import java.util.List;
import java.util.Optional;

/** An indicator's monthly values for one scope, oldest month first (months without data are left out). */
public record IndicatorSeries(Indicator indicator, List<MonthlyValue> months) {

  public IndicatorSeries {
    months = List.copyOf(months);
  }

  /** The latest month's value, if any month has one. */
  public Optional<MonthlyValue> latest() {
    return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
  }
}
