package org.practiceassurance.surgery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.IndicatorSeries;

/**
 * What the lead reads before the surgery: each indicator's last six months with target and RAG, how
 * the scope's audits were graded in those months, the open actions from earlier surgeries, the open
 * Cases of Concern and the child-level exceptions.
 */
public record SurgeryPack(SurgerySummary surgery, List<IndicatorSeries> indicators, Map<Grade, Long> auditGrades,
    List<CarriedAction> openActions, List<ConcernEntry> concerns, List<ChildException> exceptions,
    Instant generatedAt) {}
