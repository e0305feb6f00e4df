package org.practiceassurance.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's audit targets, drawn on the dashboards and the monthly report and given to the team
 * RAG rule: at least {@code goodOrBetterPercent} of audits good or outstanding, at most {@code
 * inadequatePercent} inadequate ({@code pa.insight.targets.*}; the seeds' 42 % and 12 % by default).
 * The team RAG judges a team's audit percentages only over at least {@code minimumAudits} audits (3).
 */
@ConfigurationProperties("pa.insight.targets")
public record InsightTargets(Double goodOrBetterPercent, Double inadequatePercent, Integer minimumAudits) {

  public InsightTargets {
    goodOrBetterPercent = goodOrBetterPercent == null ? 42.0 : goodOrBetterPercent;
    inadequatePercent = inadequatePercent == null ? 12.0 : inadequatePercent;
    minimumAudits = minimumAudits == null ? 3 : minimumAudits;
    if (minimumAudits < 1) {
      throw new IllegalArgumentException("pa.insight.targets.minimum-audits must be at least 1");
    }
    if (goodOrBetterPercent < 0 || goodOrBetterPercent > 100 || inadequatePercent < 0 || inadequatePercent > 100) {
      throw new IllegalArgumentException("Audit targets are percentages between 0 and 100");
    }
  }
}
