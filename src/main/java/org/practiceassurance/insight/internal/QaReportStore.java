package org.practiceassurance.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.practiceassurance.insight.Narrative;
import org.practiceassurance.insight.QaReportVersion;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The QA report's own tables (V12): one draft per month, saved with an optimistic lock, and the
 * published versions, which are only ever inserted (the database refuses anything else).
 */
@Component
public class QaReportStore {

  private static final String NARRATIVE = "summary, what_we_did, what_we_learnt, difference_made, next_steps";

  private final NamedParameterJdbcTemplate jdbc;

  QaReportStore(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A month's draft as stored. */
  public record StoredDraft(YearMonth month, Narrative narrative, String savedBy, Instant savedAt,
      Integer publishedVersion, String publishedBy, Instant publishedAt, long version) {}

  /** A published version as stored: the snapshot still as JSON text. */
  public record StoredVersion(YearMonth month, int version, Narrative narrative, String figuresJson,
      String publishedBy, Instant publishedAt) {}

  public Optional<StoredDraft> draft(YearMonth month) {
    return jdbc.query("select * from pa.qa_report_draft where month = :month", params(month), QaReportStore::draft)
        .stream().findFirst();
  }

  /** The draft, locked until the transaction ends (publication reads and changes it). */
  public Optional<StoredDraft> lockDraft(YearMonth month) {
    return jdbc.query("select * from pa.qa_report_draft where month = :month for update", params(month),
        QaReportStore::draft).stream().findFirst();
  }

  public List<StoredDraft> drafts() {
    return jdbc.query("select * from pa.qa_report_draft order by month", QaReportStore::draft);
  }

  /** Creates the month's draft at version 1; false when someone created it first. */
  public boolean insertDraft(YearMonth month, Narrative narrative, String user, Instant now) {
    return jdbc.update("insert into pa.qa_report_draft (month, " + NARRATIVE + ", created_by, created_at, saved_by,"
        + " saved_at, version) values (:month, :summary, :did, :learnt, :difference, :next, :user, :now, :user, :now, 1)"
        + " on conflict (month) do nothing", narrative(params(month), narrative).addValue("user", user)
        .addValue("now", utc(now))) == 1;
  }

  /** Saves the narrative over version {@code expected}; false when the draft is no longer at that version. */
  public boolean updateDraft(YearMonth month, long expected, Narrative narrative, String user, Instant now) {
    return jdbc.update("update pa.qa_report_draft set summary = :summary, what_we_did = :did,"
        + " what_we_learnt = :learnt, difference_made = :difference, next_steps = :next, saved_by = :user,"
        + " saved_at = :now, version = version + 1 where month = :month and version = :expected",
        narrative(params(month), narrative).addValue("user", user).addValue("now", utc(now))
            .addValue("expected", expected)) == 1;
  }

  /** Records a publication on the draft (which moves its version on, so a stale editor hears of it). */
  public void markPublished(YearMonth month, int version, String user, Instant now) {
    jdbc.update("update pa.qa_report_draft set published_version = :version, published_by = :user,"
        + " published_at = :now, version = version + 1 where month = :month",
        params(month).addValue("version", version).addValue("user", user).addValue("now", utc(now)));
  }

  /** The month's last published version number; 0 when none. */
  public int latestVersion(YearMonth month) {
    Integer n = jdbc.queryForObject("select max(version) from pa.qa_report_version where month = :month",
        params(month), Integer.class);
    return n == null ? 0 : n;
  }

  public void insertVersion(YearMonth month, int version, Narrative narrative, String figuresJson, String user,
      Instant now) {
    jdbc.update("insert into pa.qa_report_version (month, version, " + NARRATIVE + ", figures, published_by,"
        + " published_at) values (:month, :version, :summary, :did, :learnt, :difference, :next,"
        + " cast(:figures as jsonb), :user, :now)", narrative(params(month), narrative).addValue("version", version)
        .addValue("figures", figuresJson).addValue("user", user).addValue("now", utc(now)));
  }

  public Optional<StoredVersion> version(YearMonth month, int version) {
    return jdbc.query("select month, version, " + NARRATIVE + ", figures::text as figures, published_by,"
        + " published_at from pa.qa_report_version where month = :month and version = :version",
        params(month).addValue("version", version), (rs, i) -> new StoredVersion(YearMonth.parse(rs.getString("month")),
            rs.getInt("version"), narrative(rs), rs.getString("figures"), rs.getString("published_by"),
            instant(rs, "published_at"))).stream().findFirst();
  }

  /** The narrative of the month's last published version, if any. */
  public Optional<Narrative> latestNarrative(YearMonth month) {
    return jdbc.query("select " + NARRATIVE + " from pa.qa_report_version where month = :month"
        + " order by version desc limit 1", params(month), (rs, i) -> narrative(rs)).stream().findFirst();
  }

  /** Every month's published versions, oldest first, months in order. */
  public Map<YearMonth, List<QaReportVersion.Header>> headers() {
    Map<YearMonth, List<QaReportVersion.Header>> months = new TreeMap<>();
    jdbc.query("select month, version, published_by, published_at from pa.qa_report_version order by month, version",
        rs -> {
          months.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new ArrayList<>())
              .add(new QaReportVersion.Header(rs.getInt("version"), rs.getString("published_by"),
                  instant(rs, "published_at")));
        });
    return months;
  }

  /** Every month's last published narrative. */
  public Map<YearMonth, Narrative> latestNarratives() {
    Map<YearMonth, Narrative> latest = new LinkedHashMap<>();
    jdbc.query("select distinct on (month) month, " + NARRATIVE + " from pa.qa_report_version"
        + " order by month, version desc", rs -> {
          latest.put(YearMonth.parse(rs.getString("month")), narrative(rs));
        });
    return latest;
  }

  private static StoredDraft draft(ResultSet rs, int i) throws SQLException {
    Integer published = rs.getObject("published_version", Integer.class);
    return new StoredDraft(YearMonth.parse(rs.getString("month")), narrative(rs), rs.getString("saved_by"),
        instant(rs, "saved_at"), published, rs.getString("published_by"),
        instant(rs, "published_at"), rs.getLong("version"));
  }

  private static Narrative narrative(ResultSet rs) throws SQLException {
    return new Narrative(rs.getString("summary"), rs.getString("what_we_did"), rs.getString("what_we_learnt"),
        rs.getString("difference_made"), rs.getString("next_steps"));
  }

  private static MapSqlParameterSource params(YearMonth month) {
    return new MapSqlParameterSource("month", month.toString());
  }

  private static MapSqlParameterSource narrative(MapSqlParameterSource params, Narrative n) {
    return params.addValue("summary", n.summary()).addValue("did", n.whatWeDid()).addValue("learnt", n.whatWeLearnt())
        .addValue("difference", n.differenceMade()).addValue("next", n.nextSteps());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
