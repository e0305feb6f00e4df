package org.practiceassurance.casefile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.practiceassurance.casefile.RosterFileRejected;

/**
 * Reads a roster CSV file into rows, each with the physical line it starts on. UTF-8 with or
 * without a byte-order mark, RFC 4180 quoting (commas, doubled quotes and line breaks inside quoted
 * fields), LF or CRLF line ends, blank lines skipped. The header row names the columns, in any
 * order and case ({@code Child Reference} is read as {@code child_reference}); unknown columns are
 * ignored. A file that cannot be read this way is refused as a whole ({@link RosterFileRejected}).
 */
public final class RosterCsv {

  /** The roster's columns; the required ones must be in the header row. */
  public enum Column {
    CHILD_REFERENCE(true),
    DISPLAY_NAME(false),
    DATE_OF_BIRTH(true),
    LEGAL_STATUS(true),
    SERVICE(false),
    TEAM(true),
    LOCALITY(false),
    ALLOCATED_WORKER(false),
    TEAM_MANAGER(false),
    DATE_OPENED(true);

    private final boolean required;

    Column(boolean required) {
      this.required = required;
    }

    public boolean required() {
      return required;
    }

    /** The name as written in the header row, e.g. {@code child_reference}. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One data row.
   *
   * @param line the physical line of the file the row starts on (the header is line 1 when first)
   * @param values the trimmed values of the columns the header names (absent columns are missing)
   * @param fieldCount how many fields the row had
   */
  public record Row(int line, Map<Column, String> values, int fieldCount) {

    /** The trimmed value, or "" when blank or when the file has no such column. */
    public String get(Column column) {
      return values.getOrDefault(column, "");
    }
  }

  /**
   * @param columns the roster columns the header names
   * @param headerFieldCount how many fields the header row has
   */
  public record Parsed(Set<Column> columns, int headerFieldCount, List<Row> rows) {}

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private RosterCsv() {}

  /** Reads at most {@code maxBytes} from {@code in} and parses them. */
  public static Parsed read(InputStream in, long maxBytes) {
    return parse(decode(readAtMost(in, maxBytes)));
  }

  static byte[] readAtMost(InputStream in, long maxBytes) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new RosterFileRejected("File too large", "The file is larger than " + (maxBytes / (1024 * 1024))
            + " MB. Split it, or import only the open files.");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the roster file", e);
    }
  }

  /** Strict UTF-8 (a wrongly encoded file is refused, not silently mangled), without the BOM. */
  static String decode(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int line = firstBadLine(bytes);
      throw new RosterFileRejected("Not UTF-8", "The file is not UTF-8 text (the first bad character is on line "
          + line + "). Save it as \"CSV UTF-8\" and import it again.");
    }
  }

  private static int firstBadLine(byte[] bytes) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }

  public static Parsed parse(String text) {
    if (text.isBlank()) {
      throw new RosterFileRejected("Empty file", "The file is empty: it needs a header row and one row per case file.");
    }
    LineIndex lines = new LineIndex(text);
    List<Row> rows = new ArrayList<>();
    Map<Integer, Column> columnAt = null;
    int headerFieldCount = 0;
    int lastLine = 1;
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = lines.lineAt(record.getCharacterPosition());
        lastLine = line;
        if (record.stream().allMatch(String::isBlank)) {
          continue; // a line of spaces is a blank line too
        }
        if (columnAt == null) {
          columnAt = header(record);
          headerFieldCount = record.size();
          continue;
        }
        Map<Column, String> values = new EnumMap<>(Column.class);
        for (Map.Entry<Integer, Column> column : columnAt.entrySet()) {
          values.put(column.getValue(), record.isSet(column.getKey()) ? record.get(column.getKey()).trim() : "");
        }
        rows.add(new Row(line, values, record.size()));
      }
    } catch (IOException | UncheckedIOException e) {
      String cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : e.getMessage();
      throw new RosterFileRejected("Not a CSV file", "The file cannot be read as CSV after line " + lastLine
          + " (often a quote that is never closed): " + cause);
    }
    if (columnAt == null) {
      throw new RosterFileRejected("Empty file", "The file is empty: it needs a header row and one row per case file.");
    }
    return new Parsed(Set.copyOf(EnumSet.copyOf(columnAt.values())), headerFieldCount, List.copyOf(rows));
  }

  private static Map<Integer, Column> header(CSVRecord record) {
    Map<Integer, Column> columnAt = new LinkedHashMap<>();
    Map<Column, Integer> seen = new EnumMap<>(Column.class);
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      for (Column column : Column.values()) {
        if (column.header().equals(name)) {
          if (seen.containsKey(column)) {
            throw new RosterFileRejected("Duplicate column", "The header row names the column " + column.header()
                + " twice (fields " + (seen.get(column) + 1) + " and " + (i + 1) + ").");
          }
          seen.put(column, i);
          columnAt.put(i, column);
        }
      }
    }
    List<String> missing = Arrays.stream(Column.values())
        .filter(c -> c.required() && !seen.containsKey(c)).map(Column::header).toList();
    String expected = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(","));
    if (seen.isEmpty()) {
      throw new RosterFileRejected("No header row", "The first line is not a header row. The file must start with"
          + " the column names: " + expected + ".", missing);
    }
    if (!missing.isEmpty()) {
      throw new RosterFileRejected("Missing columns", "The header row lacks the required column"
          + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + ". Expected columns: " + expected + ".",
          missing);
    }
    return columnAt;
  }

  /** Maps a character position to its 1-based physical line (LF, CRLF or a lone CR end a line). */
  static final class LineIndex {
    private final String text;
    private final int[] starts;

    LineIndex(String text) {
      this.text = text;
      List<Integer> list = new ArrayList<>();
      list.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          list.add(i + 1);
        }
      }
      starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The line a record starts on. The parser reports a record's position before the line breaks
     * (and blank lines) that precede it, so those are skipped first.
     */
    int lineAt(long position) {
      int p = (int) Math.min(position, text.length());
      while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
        p++;
      }
      int index = Arrays.binarySearch(starts, p);
      return (index >= 0 ? index : -index - 2) + 1;
    }
  }
}
