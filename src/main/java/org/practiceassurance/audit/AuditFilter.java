package org.practiceassurance.audit;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Narrows the Audits list; a null or blank field does not filter. Text is trimmed; a child reference
 * and a team code are matched whatever their case.
 *
 * @param childReference the start of the child's reference, e.g. {@code CF-10}
 * @param teamCode the team, e.g. {@code CF-STR-1}
 * @param auditor the auditor's username
 * @param grade the final grade (only audits whose grade stands have one)
 * @param dates which date {@code from} and {@code to} bound (the day the audit was started if null)
 * @param from the first day, inclusive (UK time)
 * @param to the last day, inclusive (UK time)
 */
public record AuditFilter(String childReference, String teamCode, String auditor, AuditStatus status, Grade grade,
    Dates dates, LocalDate from, LocalDate to) {

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null);

  /** The date a range applies to. */
  public enum Dates {
    STARTED("Started"), DUE("Due"), SUBMITTED("Submitted");

    private final String label;

    Dates(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public AuditFilter {
    childReference = blankToNull(childReference) == null ? null : childReference.trim().toUpperCase(Locale.ROOT);
    teamCode = blankToNull(teamCode) == null ? null : teamCode.trim().toUpperCase(Locale.ROOT);
    auditor = blankToNull(auditor) == null ? null : auditor.trim().toLowerCase(Locale.ROOT);
    dates = dates == null ? Dates.STARTED : dates;
  }

  /** True when a date range is asked for. */
  public boolean hasDateRange() {
    return from != null || to != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
