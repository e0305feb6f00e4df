package org.practiceassurance.surgery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.IndicatorSeries;

/**
 * What the lead reads before the surgery: each indicator's last six months with target and RAG, how
 * the scope's audits were graded since the first of those months, the open actions from earlier
 * surgeries, the open Cases of Concern and the child-level exceptions.
 *
 * @param months the six months shown, oldest first: always six, with or without data (see {@code PackBuilder})
 */
public record SurgeryPack(SurgerySummary surgery, List<YearMonth> months, List<IndicatorSeries> indicators,
    Map<Grade, Long> auditGrades, List<CarriedAction> openActions, List<ConcernEntry> concerns,
    List<ChildException> exceptions, Instant generatedAt) {

  /** The first day of the first month shown: audits are counted from then. */
  public LocalDate auditsSince() {
    return months.get(0).atDay(1);
  }
}
