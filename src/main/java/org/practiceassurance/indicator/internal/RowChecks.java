package org.practiceassurance.indicator.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** The field-by-field rules of indicator and exception-list rows, each failing with a plain-English reason. */
final class RowChecks {

  /** A plain decimal: digits with an optional point, an optional sign; no exponent, no thousands separator. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final DateTimeFormatter YEAR_MONTH =
      DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

  private RowChecks() {}

  /** Thrown for one field; the message is the reason shown to the person importing. */
  static final class Problem extends Exception {
    Problem(String reason) {
      super(reason, null, false, false);
    }
  }

  /** {@code YYYY-MM}, not after {@code latest}. */
  static YearMonth month(String raw, YearMonth latest) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing month.");
    }
    YearMonth month;
    try {
      if (!MONTH.matcher(raw).matches()) {
        throw new DateTimeParseException("not YYYY-MM", raw, 0);
      }
      month = YearMonth.parse(raw, YEAR_MONTH);
    } catch (DateTimeParseException e) {
      throw new Problem("Month \"" + raw + "\" is not a month: use YYYY-MM, e.g. " + latest + ".");
    }
    if (month.isAfter(latest)) {
      throw new Problem("Month " + month + " is in the future.");
    }
    return month;
  }

  /** A decimal number, or null when blank. {@code 85%} is read as 85 when {@code allowPercentSign}. */
  static Double number(String label, String raw, boolean allowPercentSign) throws Problem {
    if (raw.isEmpty()) {
      return null;
    }
    String digits = allowPercentSign && raw.endsWith("%") ? raw.substring(0, raw.length() - 1).trim() : raw;
    if (!DECIMAL.matcher(digits).matches()) {
      throw new Problem(capitalised(label) + " \"" + raw + "\" is not a number.");
    }
    return new BigDecimal(digits).doubleValue();
  }

  static String oneOf(List<String> options) {
    if (options.size() == 1) {
      return options.get(0);
    }
    return String.join(", ", options.subList(0, options.size() - 1)) + " or " + options.get(options.size() - 1);
  }

  /** A number as people write it: 85, 85.5, 0.125 (no trailing zeros, no exponent). */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
