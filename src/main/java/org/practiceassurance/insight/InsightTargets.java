package org.practiceassurance.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's audit targets, drawn on the dashboards and the monthly report and given to the team
 * RAG rule: at least {@code goodOrBetterPercent} of audits good or outstanding, at most {@code
 * inadequatePercent} inadequate ({@code pa.insight.targets.*}; the seeds' 42 % and 12 % by default).
 */
@ConfigurationProperties("pa.insight.targets")
public record InsightTargets(Double goodOrBetterPercent, Double inadequatePercent) {

  public InsightTargets {
    goodOrBetterPercent = goodOrBetterPercent == null ? 42.0 : goodOrBetterPercent;
    inadequatePercent = inadequatePercent == null ? 12.0 : inadequatePercent;
    if (goodOrBetterPercent < 0 || goodOrBetterPercent > 100 || inadequatePercent < 0 || inadequatePercent > 100) {
      throw new IllegalArgumentException("Audit targets are percentages between 0 and 100");
    }
  }
}
