package org.practiceassurance.casefile.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassurance.casefile.LegalStatus;

/** The field-by-field rules of a roster row, each failing with a plain-English reason. */
final class RosterRowChecks {

  /** A child's reference: 2 to 40 letters, digits or dashes, starting with a letter or digit. */
  static final Pattern CHILD_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");
  /** A team code: the service code, then dash-separated parts, e.g. CF-STR-1. */
  static final Pattern TEAM_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private static final Map<String, LegalStatus> STATUS_ALIASES = Map.ofEntries(
      Map.entry("CIN", LegalStatus.CIN), Map.entry("CHILD_IN_NEED", LegalStatus.CIN),
      Map.entry("CP", LegalStatus.CP), Map.entry("CHILD_PROTECTION", LegalStatus.CP),
      Map.entry("CIC", LegalStatus.CIC), Map.entry("CLA", LegalStatus.CIC), Map.entry("LAC", LegalStatus.CIC),
      Map.entry("CHILD_IN_CARE", LegalStatus.CIC), Map.entry("CHILDREN_IN_CARE", LegalStatus.CIC),
      Map.entry("LOOKED_AFTER", LegalStatus.CIC),
      Map.entry("CARE_LEAVER", LegalStatus.CARE_LEAVER), Map.entry("CL", LegalStatus.CARE_LEAVER),
      Map.entry("EARLY_HELP", LegalStatus.EARLY_HELP), Map.entry("EH", LegalStatus.EARLY_HELP));

  private RosterRowChecks() {}

  /** Thrown for one field; the message is the reason shown to the person importing. */
  static final class Problem extends Exception {
    Problem(String reason) {
      super(reason, null, false, false);
    }
  }

  static String reference(String raw) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing child reference.");
    }
    if (!CHILD_REFERENCE.matcher(raw).matches()) {
      throw new Problem("Child reference \"" + raw + "\" is not valid: use 2 to 40 letters, digits or dashes.");
    }
    return raw.toUpperCase(Locale.ROOT);
  }

  static LegalStatus legalStatus(String raw) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing legal status.");
    }
    LegalStatus status = STATUS_ALIASES.get(raw.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
    if (status == null) {
      throw new Problem("Unknown legal status \"" + raw + "\": use CIN, CP, CIC, CARE_LEAVER or EARLY_HELP.");
    }
    return status;
  }

  /** yyyy-MM-dd or dd/MM/yyyy (d/M/yyyy too). */
  static LocalDate date(String label, String raw) throws Problem {
    if (raw.isEmpty()) {
      throw new Problem("Missing " + label + ".");
    }
    try {
      return LocalDate.parse(raw, raw.contains("/") ? UK : ISO);
    } catch (DateTimeParseException e) {
      throw new Problem(capitalised(label) + " \"" + raw + "\" is not a date: use yyyy-mm-dd or dd/mm/yyyy.");
    }
  }

  static Optional<String> username(String label, String raw) throws Problem {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String username = raw.toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new Problem(capitalised(label) + " \"" + raw + "\" is not a username (letters, digits, dots, dashes,"
          + " up to 100 characters).");
    }
    return Optional.of(username);
  }

  static Optional<String> displayName(String raw) throws Problem {
    if (raw.length() > 200) {
      throw new Problem("Display name is longer than 200 characters.");
    }
    return Optional.of(raw).filter(s -> !s.isEmpty());
  }

  /** One of the county's localities, in its canonical spelling; empty when blank. */
  static Optional<String> locality(String raw, List<String> localities) throws Problem {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String spaced = raw.replaceAll("\\s+", " ");
    return Optional.of(localities.stream().filter(l -> l.equalsIgnoreCase(spaced)).findFirst()
        .orElseThrow(() -> new Problem("Unknown locality \"" + raw + "\": use " + oneOf(localities) + ".")));
  }

  static String oneOf(List<String> options) {
    if (options.size() == 1) {
      return options.get(0);
    }
    return String.join(", ", options.subList(0, options.size() - 1)) + " or " + options.get(options.size() - 1);
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
