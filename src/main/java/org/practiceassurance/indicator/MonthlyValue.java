package org.practiceassurance.indicator;

import java.time.YearMonth;

/**
 * One indicator's value for one scope and month. A team's value is as imported; a service's or
 * locality's is rolled up from its teams' values (see {@link Indicators#series}).
 *
 * @param scopeCode a team code, service code or locality name, by {@code level}
 * @param rag the value's colour by {@link Indicator#rag(double)}
 * @param numerator what was counted (e.g. assessments completed in 45 days), if known; for a
 *     roll-up, the sum over the teams when every team gave one
 * @param denominator out of how many (e.g. assessments completed), if known; summed likewise
 */
public record MonthlyValue(String indicatorCode, ScopeLevel level, String scopeCode, YearMonth month,
    double value, Rag rag, Double numerator, Double denominator) {}
