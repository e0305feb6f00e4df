package org.practiceassurance.indicator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.practiceassurance.indicator.IndicatorFileRejected;

/**
 * Reads an indicator or exception-list CSV file into rows, each with the physical line it starts on:
 * UTF-8 with or without a byte-order mark, RFC 4180 quoting (commas, doubled quotes and line breaks
 * inside quoted fields), LF or CRLF line ends, blank lines skipped. The header row names the
 * columns, in any order and case ({@code Child Reference} is read as {@code child_reference});
 * unknown columns are ignored. A file that cannot be read this way is refused as a whole.
 */
public final class IndicatorCsv {

  /** A column of a file format: its header name and whether the header row must have it. */
  record Column(String header, boolean required) {}

  /**
   * One data row.
   *
   * @param line the physical line of the file the row starts on (the header is line 1 when first)
   * @param values the trimmed values of the known columns the header names
   * @param fields every field of the row as read, for the report
   */
  public record Row(int line, Map<String, String> values, List<String> fields) {

    /** The trimmed value, or "" when blank or when the file has no such column. */
    String get(String column) {
      return values.getOrDefault(column, "");
    }

    int fieldCount() {
      return fields.size();
    }

    /** The row as read, fields joined with commas. */
    String text() {
      return String.join(",", fields);
    }
  }

  /**
   * @param columns the known columns the header names
   * @param headerFieldCount how many fields the header row has
   */
  public record Parsed(Set<String> columns, int headerFieldCount, List<Row> rows) {}

  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private IndicatorCsv() {}

  /** Reads at most {@link #MAX_FILE_BYTES} from {@code in} and parses them against the format's columns. */
  static Parsed read(InputStream in, List<Column> format, String what) {
    return parse(decode(readAtMost(in, MAX_FILE_BYTES)), format, what);
  }

  static byte[] readAtMost(InputStream in, long maxBytes) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new IndicatorFileRejected("File too large", "The file is larger than " + (maxBytes / (1024 * 1024))
            + " MB. Split it by month or by service.");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the file", e);
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
      throw new IndicatorFileRejected("Not UTF-8", "The file is not UTF-8 text (the first bad character is on line "
          + firstBadLine(bytes) + "). Save it as \"CSV UTF-8\" and import it again.");
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

  /** @param what the file's kind in the messages, e.g. "indicator values" */
  static Parsed parse(String text, List<Column> format, String what) {
    String expected = format.stream().map(Column::header).collect(Collectors.joining(","));
    if (text.isBlank()) {
      throw new IndicatorFileRejected("Empty file", "The file is empty: it needs a header row (" + expected
          + ") and one row per " + what + ".");
    }
    LineIndex lines = new LineIndex(text);
    List<Row> rows = new ArrayList<>();
    Map<Integer, String> columnAt = null;
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
          columnAt = header(record, format, expected);
          headerFieldCount = record.size();
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<Integer, String> column : columnAt.entrySet()) {
          values.put(column.getValue(), record.isSet(column.getKey()) ? record.get(column.getKey()).trim() : "");
        }
        rows.add(new Row(line, values, record.toList()));
      }
    } catch (IOException | UncheckedIOException e) {
      String cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : e.getMessage();
      throw new IndicatorFileRejected("Not a CSV file", "The file cannot be read as CSV after line " + lastLine
          + " (often a quote that is never closed): " + cause);
    }
    if (columnAt == null) {
      throw new IndicatorFileRejected("Empty file", "The file is empty: it needs a header row (" + expected
          + ") and one row per " + what + ".");
    }
    return new Parsed(Set.copyOf(columnAt.values()), headerFieldCount, List.copyOf(rows));
  }

  private static Map<Integer, String> header(CSVRecord record, List<Column> format, String expected) {
    Map<Integer, String> columnAt = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      for (Column column : format) {
        if (column.header().equals(name)) {
          if (seen.containsKey(name)) {
            throw new IndicatorFileRejected("Duplicate column", "The header row names the column " + name
                + " twice (fields " + (seen.get(name) + 1) + " and " + (i + 1) + "). Expected columns: " + expected + ".");
          }
          seen.put(name, i);
          columnAt.put(i, name);
        }
      }
    }
    List<String> missing = format.stream().filter(c -> c.required() && !seen.containsKey(c.header()))
        .map(Column::header).toList();
    if (seen.isEmpty()) {
      throw new IndicatorFileRejected("No header row", "The first line is not a header row. The file must start with"
          + " the column names: " + expected + ".", missing);
    }
    if (!missing.isEmpty()) {
      throw new IndicatorFileRejected("Missing columns", "The header row lacks the required column"
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
