package org.practiceassurance.insight;

import java.time.YearMonth;

/**
 * What triangulation lays side by side for one team over the chosen months: the inputs of the
 * {@code team-rag} decision table, shown as they were given to it.
 *
 * @param goodOrBetterPercent null when no audits were graded
 * @param inadequatePercent null when no audits were graded
 * @param dipCompliancePercent over the team's files in dip samples whose reviews ended in the months;
 *     null when there were none
 * @param dipAnswers the Yes/Partly/No answers that compliance is computed from
 * @param indicatorMonth the latest month with indicator values for the team; null when none
 * @param indicatorsReported how many indicators have a value in that month
 * @param outstandingActions not yet closed, now
 * @param overdueActions past their due date and still with their owner, now
 * @param openConcerns entries of the Cases of Concern register not yet resolved, now
 */
public record TeamEvidence(long auditsGraded, Double goodOrBetterPercent, Double inadequatePercent,
    Double dipCompliancePercent, long dipAnswers, YearMonth indicatorMonth, int indicatorsReported, int redIndicators,
    int amberIndicators, int greenIndicators, long outstandingActions, long overdueActions, long openConcerns) {}
