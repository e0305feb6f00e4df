package org.practiceassurance.insight;

import java.time.YearMonth;
import java.util.Locale;

/**
 * What a dashboard shows: the months {@code from} to {@code to} (both included) and, optionally, one
 * service, locality or team. A blank code does not filter. The viewer's own scope narrows it further
 * on the server (a head of service always sees their service only).
 */
public record InsightFilter(YearMonth from, YearMonth to, String serviceCode, String locality, String teamCode) {

  /** The longest span a dashboard reads at once: ten years. */
  public static final int MAX_MONTHS = 120;

  public InsightFilter {
    if (from == null || to == null) {
      throw new IllegalArgumentException("Choose the first and the last month.");
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("The first month (" + from + ") is after the last (" + to + ").");
    }
    if (months(from, to) > MAX_MONTHS) {
      throw new IllegalArgumentException("Choose at most " + MAX_MONTHS + " months.");
    }
    serviceCode = code(serviceCode);
    teamCode = code(teamCode);
    locality = locality == null || locality.isBlank() ? null : locality.trim();
  }

  /** The {@code months} months up to and including {@code to}, whole county. */
  public static InsightFilter lastMonths(int months, YearMonth to) {
    return new InsightFilter(to.minusMonths(months - 1L), to, null, null, null);
  }

  public InsightFilter withService(String code) {
    return new InsightFilter(from, to, code, locality, teamCode);
  }

  public InsightFilter withLocality(String name) {
    return new InsightFilter(from, to, serviceCode, name, teamCode);
  }

  public InsightFilter withTeam(String code) {
    return new InsightFilter(from, to, serviceCode, locality, code);
  }

  public InsightFilter withMonths(YearMonth first, YearMonth last) {
    return new InsightFilter(first, last, serviceCode, locality, teamCode);
  }

  /** The months of the filter, first to last. */
  public java.util.List<YearMonth> monthList() {
    java.util.List<YearMonth> months = new java.util.ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** e.g. "Children & Families, Stroud" or "the whole county", for headings. */
  public String scopeLabel() {
    StringBuilder label = new StringBuilder();
    for (String part : new String[] {serviceCode, locality, teamCode}) {
      if (part != null) {
        label.append(label.isEmpty() ? "" : " · ").append(part);
      }
    }
    return label.isEmpty() ? "the whole county" : label.toString();
  }

  private static long months(YearMonth from, YearMonth to) {
    return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
  }

  private static String code(String value) {
    return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
  }
}
