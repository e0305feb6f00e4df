package org.practiceassurance.insight;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.YearMonth;

/**
 * Moderation of the audits submitted in one month.
 *
 * @param graded audits submitted (and not returned for rework)
 * @param selected of those, chosen for moderation
 * @param areasModerated practice-area grades a moderator looked at (every moderation of these audits)
 * @param areasAgreed of those, the ones the moderator left as the auditor had them
 * @param movedUp accepted moderations whose final grade is better than the auditor's overall grade
 * @param movedDown accepted moderations whose final grade is worse
 * @param unchanged accepted moderations that kept the auditor's overall grade
 */
public record ModerationMonth(YearMonth month, long graded, long selected, long areasModerated, long areasAgreed,
    long movedUp, long movedDown, long unchanged) {

  /** 0 to 100; null when no audits were submitted. */
  @JsonProperty
  public Double sharePercent() {
    return graded == 0 ? null : 100.0 * selected / graded;
  }

  /** 0 to 100; null when no areas were moderated. */
  @JsonProperty
  public Double agreementPercent() {
    return areasModerated == 0 ? null : 100.0 * areasAgreed / areasModerated;
  }
}
