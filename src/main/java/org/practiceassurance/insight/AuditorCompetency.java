package org.practiceassurance.insight;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One auditor's record over the dashboard's months: audits submitted, how their moderations went and
 * how moderators rated the quality of their audits.
 *
 * @param inDevelopment still an auditor in development (every audit of theirs is moderated)
 */
public record AuditorCompetency(String auditor, boolean inDevelopment, long auditsDone, long moderations,
    long areasModerated, long areasAgreed, long ratedGood, long ratedAdequate, long ratedNeedsDevelopment) {

  /** 0 to 100; null when none of their areas were moderated. */
  @JsonProperty
  public Double agreementPercent() {
    return areasModerated == 0 ? null : 100.0 * areasAgreed / areasModerated;
  }
}
