package org.practiceassurance.dipsample;

import java.time.LocalDate;

/**
 * Narrows the list of dip samples; a null or blank field does not filter. Text matches without
 * regard to case.
 *
 * @param title words anywhere in the title
 * @param themeCode the theme, e.g. {@code PROTECTION}
 * @param lead the lead's username
 * @param childReference the start of a child's reference: samples that drew such a child
 * @param dueFrom reviews due on or after this day
 * @param dueTo reviews due on or before this day
 */
public record DipSampleFilter(String title, String themeCode, DipSampleStatus status, String lead,
    String childReference, LocalDate dueFrom, LocalDate dueTo) {

  public static final DipSampleFilter NONE = new DipSampleFilter(null, null, null, null, null, null, null);

  public DipSampleFilter {
    title = blankToNull(title);
    themeCode = blankToNull(themeCode);
    lead = blankToNull(lead);
    childReference = blankToNull(childReference);
  }

  public DipSampleFilter withTitle(String value) {
    return new DipSampleFilter(value, themeCode, status, lead, childReference, dueFrom, dueTo);
  }

  public DipSampleFilter withTheme(String value) {
    return new DipSampleFilter(title, value, status, lead, childReference, dueFrom, dueTo);
  }

  public DipSampleFilter withStatus(DipSampleStatus value) {
    return new DipSampleFilter(title, themeCode, value, lead, childReference, dueFrom, dueTo);
  }

  public DipSampleFilter withLead(String value) {
    return new DipSampleFilter(title, themeCode, status, value, childReference, dueFrom, dueTo);
  }

  public DipSampleFilter withChild(String value) {
    return new DipSampleFilter(title, themeCode, status, lead, value, dueFrom, dueTo);
  }

  public DipSampleFilter withDue(LocalDate from, LocalDate to) {
    return new DipSampleFilter(title, themeCode, status, lead, childReference, from, to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
