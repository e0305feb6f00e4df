package org.practiceassurance.insight;

/**
 * What the quality manager writes in the monthly QA report, one text per {@link ReportSection}
 * (never null; empty when not written).
 */
public record Narrative(String summary, String whatWeDid, String whatWeLearnt, String differenceMade,
    String nextSteps) {

  /** The longest text a section may hold. */
  public static final int MAX_LENGTH = 20_000;

  public static final Narrative EMPTY = new Narrative("", "", "", "", "");

  public Narrative {
    summary = clean(summary);
    whatWeDid = clean(whatWeDid);
    whatWeLearnt = clean(whatWeLearnt);
    differenceMade = clean(differenceMade);
    nextSteps = clean(nextSteps);
  }

  public String text(ReportSection section) {
    return switch (section) {
      case SUMMARY -> summary;
      case WHAT_WE_DID -> whatWeDid;
      case WHAT_WE_LEARNT -> whatWeLearnt;
      case DIFFERENCE_MADE -> differenceMade;
      case NEXT_STEPS -> nextSteps;
    };
  }

  public Narrative with(ReportSection section, String text) {
    return new Narrative(section == ReportSection.SUMMARY ? text : summary,
        section == ReportSection.WHAT_WE_DID ? text : whatWeDid,
        section == ReportSection.WHAT_WE_LEARNT ? text : whatWeLearnt,
        section == ReportSection.DIFFERENCE_MADE ? text : differenceMade,
        section == ReportSection.NEXT_STEPS ? text : nextSteps);
  }

  /** Line endings as \n, so a text typed in a browser compares equal to the same text stored. */
  private static String clean(String text) {
    return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
