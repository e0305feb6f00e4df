package org.practiceassurance.insight;

/** The narrative sections of the monthly QA report, in the order the report shows them. */
public enum ReportSection {
  SUMMARY("summary", "Summary", true),
  WHAT_WE_DID("whatWeDid", "What we did", false),
  WHAT_WE_LEARNT("whatWeLearnt", "What we learnt", false),
  DIFFERENCE_MADE("differenceMade", "What difference it made", false),
  NEXT_STEPS("nextSteps", "Next steps", true);

  private final String key;
  private final String label;
  private final boolean requiredToPublish;

  ReportSection(String key, String label, boolean requiredToPublish) {
    this.key = key;
    this.label = label;
    this.requiredToPublish = requiredToPublish;
  }

  /** The field's name in {@link Narrative} and in {@link InvalidQaReport#errors()}. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** A report is not published without this section. */
  public boolean requiredToPublish() {
    return requiredToPublish;
  }
}
