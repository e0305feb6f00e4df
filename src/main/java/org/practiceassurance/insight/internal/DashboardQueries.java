package org.practiceassurance.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.practiceassurance.audit.AuditStatus;
import org.practiceassurance.audit.Grade;
import org.practiceassurance.insight.ActionCounts;
import org.practiceassurance.insight.ActionFigures;
import org.practiceassurance.insight.ActionRow;
import org.practiceassurance.insight.ActionState;
import org.practiceassurance.insight.AuditRow;
import org.practiceassurance.insight.AuditorCompetency;
import org.practiceassurance.insight.ConcernFigures;
import org.practiceassurance.insight.ConcernRow;
import org.practiceassurance.insight.GradeMonth;
import org.practiceassurance.insight.Listing;
import org.practiceassurance.insight.ModerationMonth;
import org.practiceassurance.insight.ThemeTrend;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboards' figures, aggregated in PostgreSQL over the other modules' tables (read only; see
 * docs/adr/0013-insight-read-model.md): no entity is loaded to be counted. Each method takes a
 * {@link ViewerScope}, so every query is narrowed to what the viewer may see. Indexes for these
 * queries are in migration V11.
 */
@Component
public class DashboardQueries {

  /** Submitted audits whose grade counts: not being reworked, not still a draft. */
  static final String GRADED = "a.final_grade is not null and a.status in ('IN_MODERATION', 'AWAITING_ACTIONS', 'CLOSED')";
  /** The first instant of the audit's submission month, UK time (cheaper than formatting it per row). */
  private static final String MONTH = "date_trunc('month', a.submitted_at, 'Europe/London')";
  private static final String GRADE_RANK =
      "array_position(array['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']::varchar[], %s)";

  private final NamedParameterJdbcTemplate jdbc;

  DashboardQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // ---- audits ---------------------------------------------------------------------------------

  public List<GradeMonth> gradesByMonth(ViewerScope scope) {
    MapSqlParameterSource params = window(scope);
    Map<YearMonth, Map<Grade, Long>> counts = new TreeMap<>();
    jdbc.query("select " + MONTH + " as month, a.final_grade, count(*) as n from pa.audit a where " + GRADED
        + " and a.submitted_at >= :start and a.submitted_at < :end" + scope.where("a.service_code", "a.team_code", params)
        + " group by 1, 2", params, rs -> {
          counts.computeIfAbsent(month(rs), m -> new EnumMap<>(Grade.class))
              .put(Grade.valueOf(rs.getString("final_grade")), rs.getLong("n"));
        });
    return scope.filter().monthList().stream().map(m -> new GradeMonth(m, counts.getOrDefault(m, Map.of()))).toList();
  }

  /** The graded audits of one month (or every month of the filter) with one final grade (or any). */
  public Listing<AuditRow> audits(ViewerScope scope, YearMonth month, Grade grade) {
    MapSqlParameterSource params = month == null ? window(scope) : window(scope, month);
    String where = " from pa.audit a where " + GRADED + " and a.submitted_at >= :start and a.submitted_at < :end"
        + scope.where("a.service_code", "a.team_code", params);
    if (grade != null) {
      where += " and a.final_grade = :grade";
      params.addValue("grade", grade.name());
    }
    params.addValue("limit", Listing.MAX_ROWS);
    List<AuditRow> rows = jdbc.query("select a.id, a.child_reference, a.service_code, a.team_code, a.auditor,"
        + " a.overall_grade, a.final_grade, a.moderation_reason is not null as moderated, a.submitted_at, a.status"
        + where + " order by a.submitted_at desc, a.id desc limit :limit", params, (rs, i) -> new AuditRow(
            rs.getLong("id"), rs.getString("child_reference"), rs.getString("service_code"), rs.getString("team_code"),
            rs.getString("auditor"), grade(rs.getString("overall_grade")), grade(rs.getString("final_grade")),
            rs.getBoolean("moderated"), instant(rs, "submitted_at"), AuditStatus.valueOf(rs.getString("status"))));
    return new Listing<>(rows, total(rows.size(), "select count(*)" + where, params));
  }

  // ---- moderation -----------------------------------------------------------------------------

  /** Moderation per month and, when {@code withAuditors}, per auditor (most audits first). */
  public record Moderations(List<ModerationMonth> months, List<AuditorCompetency> auditors) {}

  /**
   * Two grouped reads of the period's graded audits, per month and auditor: the audits, and their
   * moderations (the agreement counts are on each moderation row, migration V13). The monthly
   * series and the auditors' table are the two sums of the same cells, so they always agree.
   */
  public Moderations moderation(ViewerScope scope, boolean withAuditors) {
    MapSqlParameterSource params = window(scope);
    String audits = " from pa.audit a %s where " + GRADED + " and a.submitted_at >= :start and a.submitted_at < :end"
        + scope.where("a.service_code", "a.team_code", params) + " group by 1, 2";
    // cell per (month, auditor): graded, selected, moderations, areas, agreed, up, down, same, good, adequate, needs
    Map<YearMonth, Map<String, long[]>> cells = new TreeMap<>();
    java.util.function.BiFunction<ResultSet, Integer, long[]> cell = (rs, size) -> {
      try {
        return cells.computeIfAbsent(month(rs), k -> new HashMap<>())
            .computeIfAbsent(rs.getString("auditor") == null ? "" : rs.getString("auditor"), k -> new long[size]);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    };
    jdbc.query("select " + MONTH + " as month, a.auditor, count(*) as graded, count(a.moderation_reason) as selected"
        + audits.formatted(""), params, rs -> {
          long[] c = cell.apply(rs, 11);
          c[0] = rs.getLong("graded");
          c[1] = rs.getLong("selected");
        });
    String finalRank = GRADE_RANK.formatted("mo.final_grade");
    String auditorRank = GRADE_RANK.formatted("mo.auditor_grade");
    String accepted = "mo.outcome = 'ACCEPTED' and ";
    jdbc.query("select " + MONTH + " as month, a.auditor, count(*) as moderations,"
        + " coalesce(sum(mo.areas_moderated), 0) as areas, coalesce(sum(mo.areas_agreed), 0) as agreed,"
        + " count(*) filter (where " + accepted + finalRank + " < " + auditorRank + ") as up,"
        + " count(*) filter (where " + accepted + finalRank + " > " + auditorRank + ") as down,"
        + " count(*) filter (where " + accepted + finalRank + " = " + auditorRank + ") as same,"
        + " count(*) filter (where mo.quality_rating = 'GOOD') as good,"
        + " count(*) filter (where mo.quality_rating = 'ADEQUATE') as adequate,"
        + " count(*) filter (where mo.quality_rating = 'NEEDS_DEVELOPMENT') as needs"
        + audits.formatted("join pa.moderation mo on mo.audit_id = a.id"), params, rs -> {
          long[] c = cell.apply(rs, 11);
          c[2] = rs.getLong("moderations");
          c[3] = rs.getLong("areas");
          c[4] = rs.getLong("agreed");
          c[5] = rs.getLong("up");
          c[6] = rs.getLong("down");
          c[7] = rs.getLong("same");
          c[8] = rs.getLong("good");
          c[9] = rs.getLong("adequate");
          c[10] = rs.getLong("needs");
        });
    List<ModerationMonth> months = scope.filter().monthList().stream().map(month -> {
      long[] m = new long[11];
      cells.getOrDefault(month, Map.of()).values().forEach(c -> add(m, c));
      return new ModerationMonth(month, m[0], m[1], m[3], m[4], m[5], m[6], m[7]);
    }).toList();
    if (!withAuditors) {
      return new Moderations(months, List.of());
    }
    Map<String, long[]> byAuditor = new HashMap<>();
    cells.values().forEach(row -> row.forEach((auditor, c) -> {
      if (!auditor.isEmpty()) {
        add(byAuditor.computeIfAbsent(auditor, k -> new long[11]), c);
      }
    }));
    Map<String, Boolean> inDevelopment = new HashMap<>();
    if (!byAuditor.isEmpty()) {
      jdbc.query("select auditor, in_development from pa.auditor_record where auditor in (:auditors)",
          new MapSqlParameterSource("auditors", byAuditor.keySet()),
          rs -> { inDevelopment.put(rs.getString(1), rs.getBoolean(2)); });
    }
    List<AuditorCompetency> auditors = byAuditor.entrySet().stream().map(e -> {
      long[] c = e.getValue();
      return new AuditorCompetency(e.getKey(), inDevelopment.getOrDefault(e.getKey(), true), c[0], c[2], c[3], c[4],
          c[8], c[9], c[10]);
    }).sorted(Comparator.comparingLong(AuditorCompetency::auditsDone).reversed()
        .thenComparing(AuditorCompetency::auditor)).toList();
    return new Moderations(months, auditors);
  }

  private static void add(long[] sum, long[] cell) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += cell[i];
    }
  }

  // ---- actions --------------------------------------------------------------------------------

  private static final String OPEN = "a.status = 'OPEN' and a.due_date >= :today";
  private static final String OVERDUE = "(a.status = 'OVERDUE' or a.status = 'OPEN' and a.due_date < :today)";
  private static final String WAITING = "a.status = 'DONE_AWAITING_VERIFICATION'";

  public ActionFigures actions(ViewerScope scope, LocalDate today) {
    MapSqlParameterSource params = window(scope).addValue("today", today);
    String scoped = scope.where("a.service_code", "a.team_code", params);
    Map<String, long[]> byService = new TreeMap<>();
    Map<String, long[]> byOwner = new HashMap<>();
    // One pass over the outstanding actions for both groupings; the closed ones per service and days to close
    // (a column PostgreSQL keeps, V11), and per owner for the owners shown only.
    jdbc.query("select grouping(a.service_code) as by_owner, a.service_code, a.owner,"
        + " count(*) filter (where " + OPEN + ") as open, count(*) filter (where " + OVERDUE + ") as overdue,"
        + " count(*) filter (where " + WAITING + ") as waiting"
        + " from pa.action a where a.status <> 'CLOSED'" + scoped
        + " group by grouping sets ((a.service_code), (a.owner))", params, rs -> {
          long[] c = (rs.getInt("by_owner") == 1 ? byOwner : byService)
              .computeIfAbsent(rs.getString(rs.getInt("by_owner") == 1 ? "owner" : "service_code"), k -> new long[4]);
          c[0] = rs.getLong("open");
          c[1] = rs.getLong("overdue");
          c[2] = rs.getLong("waiting");
        });
    TreeMap<Integer, Long> daysToClose = new TreeMap<>();
    String closedInMonths = " from pa.action a where a.status = 'CLOSED' and a.closed_at >= :start and a.closed_at < :end"
        + scoped;
    jdbc.query("select a.service_code, a.days_to_close, count(*) as closed" + closedInMonths + " group by 1, 2", params,
        rs -> {
          byService.computeIfAbsent(rs.getString("service_code"), k -> new long[4])[3] += rs.getLong("closed");
          daysToClose.merge(rs.getInt("days_to_close"), rs.getLong("closed"), Long::sum);
        });
    // The owners shown: most outstanding, then most overdue; if fewer than OWNERS have any, those who closed most.
    Comparator<Map.Entry<String, long[]>> mostOutstanding = Comparator.<Map.Entry<String, long[]>>comparingLong(
        e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2]).reversed()
        .thenComparing(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[1]).reversed())
        .thenComparing(Map.Entry::getKey);
    java.util.Set<String> shown = new java.util.LinkedHashSet<>();
    byOwner.entrySet().stream().sorted(mostOutstanding).limit(ActionFigures.OWNERS).forEach(e -> shown.add(e.getKey()));
    if (shown.size() < ActionFigures.OWNERS) {
      params.addValue("owners", ActionFigures.OWNERS);
      shown.addAll(jdbc.queryForList("select a.owner" + closedInMonths + " group by 1 order by count(*) desc, 1 limit :owners",
          params, String.class));
    }
    if (!shown.isEmpty()) {
      params.addValue("shown", shown);
      jdbc.query("select a.owner, count(*) as closed" + closedInMonths + " and a.owner in (:shown) group by 1", params,
          rs -> { byOwner.computeIfAbsent(rs.getString("owner"), k -> new long[4])[3] = rs.getLong("closed"); });
    }
    byOwner.keySet().retainAll(shown);
    List<ActionCounts> services = byService.entrySet().stream().map(DashboardQueries::counts).toList();
    List<ActionCounts> owners = byOwner.entrySet().stream().map(DashboardQueries::counts)
        .sorted(Comparator.comparingLong(ActionCounts::outstanding).reversed()
            .thenComparing(Comparator.comparingLong(ActionCounts::overdue).reversed())
            .thenComparing(Comparator.comparingLong(ActionCounts::closed).reversed()).thenComparing(ActionCounts::key))
        .limit(ActionFigures.OWNERS).toList();
    long closed = daysToClose.values().stream().mapToLong(Long::longValue).sum();
    params.addValue("limit", ActionFigures.OLDEST);
    List<ActionRow> oldest = jdbc.query(ACTION_COLUMNS + " from pa.action a where a.status <> 'CLOSED'" + scoped
        + " order by a.created_at, a.id limit :limit", params, DashboardQueries::actionRow);
    return new ActionFigures(scope.filter(), services, owners, closed, median(daysToClose), oldest);
  }

  private static final String ACTION_COLUMNS = "select a.id, a.source, a.source_id, a.child_reference, a.description,"
      + " a.owner, a.service_code, a.team_code, a.due_date, a.status, a.created_at, a.closed_at";

  /**
   * The actions behind a count: of one service or owner (null: all), in one state. CLOSED means
   * closed within the filter's months.
   */
  public Listing<ActionRow> actionList(ViewerScope scope, LocalDate today, String serviceCode, String owner,
      ActionState state) {
    MapSqlParameterSource params = window(scope).addValue("today", today);
    StringBuilder where = new StringBuilder(" from pa.action a where ").append(switch (state) {
      case OPEN -> OPEN;
      case OVERDUE -> OVERDUE;
      case AWAITING_VERIFICATION -> WAITING;
      case OUTSTANDING -> "a.status <> 'CLOSED'";
      case CLOSED -> "a.status = 'CLOSED' and a.closed_at >= :start and a.closed_at < :end";
    });
    where.append(scope.where("a.service_code", "a.team_code", params));
    if (serviceCode != null) {
      where.append(" and a.service_code = :drillService");
      params.addValue("drillService", serviceCode);
    }
    if (owner != null) {
      where.append(" and a.owner = :owner");
      params.addValue("owner", owner);
    }
    params.addValue("limit", Listing.MAX_ROWS);
    List<ActionRow> rows = jdbc.query(ACTION_COLUMNS + where + " order by "
        + (state == ActionState.CLOSED ? "a.closed_at desc" : "a.due_date") + ", a.id limit :limit", params,
        DashboardQueries::actionRow);
    return new Listing<>(rows, total(rows.size(), "select count(*)" + where, params));
  }

  private static ActionRow actionRow(ResultSet rs, int i) throws SQLException {
    return new ActionRow(rs.getString("id"), rs.getString("source"), rs.getString("source_id"),
        rs.getString("child_reference"), rs.getString("description"), rs.getString("owner"),
        rs.getString("service_code"), rs.getString("team_code"), rs.getObject("due_date", LocalDate.class),
        rs.getString("status"), instant(rs, "created_at"), instant(rs, "closed_at"));
  }

  private static ActionCounts counts(Map.Entry<String, long[]> e) {
    long[] c = e.getValue();
    return new ActionCounts(e.getKey(), c[0], c[1], c[2], c[3]);
  }

  /** The median of a histogram (value → how many); between the two middle values when the count is even. */
  static Double median(TreeMap<Integer, Long> histogram) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long lowerIndex = (n - 1) / 2;
    long upperIndex = n / 2;
    Integer lower = null;
    long seen = 0;
    for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
      long next = seen + bucket.getValue();
      if (lower == null && lowerIndex < next) {
        lower = bucket.getKey();
      }
      if (upperIndex < next) {
        return (lower + bucket.getKey()) / 2.0;
      }
      seen = next;
    }
    throw new IllegalStateException("unreachable");
  }

  // ---- cases of concern -----------------------------------------------------------------------

  private static final String CONCERN_AGE = "(:today - (c.raised_at at time zone 'Europe/London')::date)";

  public ConcernFigures concerns(ViewerScope scope, LocalDate today) {
    MapSqlParameterSource params = new MapSqlParameterSource("today", today);
    String scoped = scope.where("c.service_code", "c.team_code", params);
    TreeMap<Integer, Long> ages = new TreeMap<>();
    Map<String, Long> byService = new TreeMap<>();
    long[] unacknowledged = new long[1];
    jdbc.query("select grouping(c.service_code) as not_service, c.service_code, c.age,"
        + " count(*) as open, count(*) filter (where c.status = 'OPEN') as unacknowledged"
        + " from (select c.service_code, c.status, " + CONCERN_AGE + " as age"
        + " from pa.concern c where c.status <> 'RESOLVED'" + scoped + ") c"
        + " group by grouping sets ((c.service_code), (c.age))", params, rs -> {
          if (rs.getInt("not_service") == 0) {
            byService.put(rs.getString("service_code"), rs.getLong("open"));
          } else {
            ages.merge(rs.getInt("age"), rs.getLong("open"), Long::sum);
            unacknowledged[0] += rs.getLong("unacknowledged");
          }
        });
    long[] bands = new long[4];
    ages.forEach((age, n) -> bands[age <= 7 ? 0 : age <= 28 ? 1 : age <= 90 ? 2 : 3] += n);
    long open = ages.values().stream().mapToLong(Long::longValue).sum();
    params.addValue("limit", ActionFigures.OLDEST);
    List<ConcernRow> oldest = jdbc.query(CONCERN_COLUMNS + " from pa.concern c where c.status <> 'RESOLVED'" + scoped
        + " order by c.raised_at, c.id limit :limit", params, DashboardQueries::concernRow);
    return new ConcernFigures(scope.filter(), open, unacknowledged[0], ConcernFigures.bands(bands), median(ages),
        byService.entrySet().stream().map(e -> new ConcernFigures.Count(e.getKey(), e.getValue())).toList(), oldest);
  }

  private static final String CONCERN_COLUMNS = "select c.id, c.child_reference, c.reason, c.service_code, c.team_code,"
      + " c.responsible_manager, c.status, c.raised_at, c.review_date, " + CONCERN_AGE + " as age";

  /** Open entries aged minDays to maxDays (null: any age; maxDays null: no upper limit), oldest first. */
  public Listing<ConcernRow> concernList(ViewerScope scope, LocalDate today, Integer minDays, Integer maxDays,
      String serviceCode) {
    MapSqlParameterSource params = new MapSqlParameterSource("today", today);
    StringBuilder where = new StringBuilder(" from pa.concern c where c.status <> 'RESOLVED'")
        .append(scope.where("c.service_code", "c.team_code", params));
    if (minDays != null) {
      where.append(" and ").append(CONCERN_AGE).append(" >= :minDays");
      params.addValue("minDays", minDays);
    }
    if (maxDays != null) {
      where.append(" and ").append(CONCERN_AGE).append(" <= :maxDays");
      params.addValue("maxDays", maxDays);
    }
    if (serviceCode != null) {
      where.append(" and c.service_code = :drillService");
      params.addValue("drillService", serviceCode);
    }
    params.addValue("limit", Listing.MAX_ROWS);
    List<ConcernRow> rows = jdbc.query(CONCERN_COLUMNS + where + " order by c.raised_at, c.id limit :limit", params,
        DashboardQueries::concernRow);
    return new Listing<>(rows, total(rows.size(), "select count(*)" + where, params));
  }

  private static ConcernRow concernRow(ResultSet rs, int i) throws SQLException {
    return new ConcernRow(rs.getLong("id"), rs.getString("child_reference"), rs.getString("reason"),
        rs.getString("service_code"), rs.getString("team_code"), rs.getString("responsible_manager"),
        rs.getString("status"), instant(rs, "raised_at"), rs.getObject("review_date", LocalDate.class), rs.getLong("age"));
  }

  // ---- dip samples ----------------------------------------------------------------------------

  /**
   * Per theme, the dip samples whose reviews ended within the filter's months, oldest first, with
   * their compliance over the reviewed files in scope (a sample with none in scope is left out).
   */
  public List<ThemeTrend> dipSampleTrends(ViewerScope scope) {
    MapSqlParameterSource params = window(scope);
    Map<String, String> themeNames = new LinkedHashMap<>();
    Map<String, List<ThemeTrend.Run>> runs = new LinkedHashMap<>();
    jdbc.query("""
        select t.code, t.name, s.id, s.title, s.run_number, s.launched_at,
               count(distinct f.id) as reviewed,
               count(da.answer) filter (where da.answer in ('YES', 'PARTLY', 'NO')) as answers,
               coalesce(sum(case da.answer when 'YES' then 1.0 when 'PARTLY' then 0.5 else 0 end)
                        filter (where da.answer in ('YES', 'PARTLY', 'NO')), 0) as score
          from pa.dip_sample s
          join pa.dip_question_set qs on qs.id = s.question_set_id
          join pa.dip_theme t on t.code = qs.theme_code
          join pa.dip_sample_file f on f.dip_sample_id = s.id and f.reviewed_at is not null
          left join pa.dip_answer da on da.sample_file_id = f.id
         where s.status in ('FINDINGS', 'COMPLETE') and s.reviews_closed_at >= :start and s.reviews_closed_at < :end
        """ + scope.where("f.service_code", "f.team_code", params) + """
         group by t.code, t.name, s.id, s.title, s.run_number, s.launched_at
         order by t.name, s.reviews_closed_at, s.id
        """, params, rs -> {
          String theme = rs.getString("code");
          themeNames.put(theme, rs.getString("name"));
          long answers = rs.getLong("answers");
          Instant launched = instant(rs, "launched_at");
          runs.computeIfAbsent(theme, k -> new ArrayList<>()).add(new ThemeTrend.Run(rs.getLong("id"),
              rs.getString("title"), rs.getInt("run_number"),
              launched == null ? null : launched.atZone(ViewerScope.UK).toLocalDate(), rs.getLong("reviewed"), answers,
              answers == 0 ? null : 100.0 * rs.getDouble("score") / answers));
        });
    return runs.entrySet().stream().map(e -> new ThemeTrend(e.getKey(), themeNames.get(e.getKey()), e.getValue())).toList();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static MapSqlParameterSource window(ViewerScope scope) {
    return new MapSqlParameterSource().addValue("start", utc(scope.start())).addValue("end", utc(scope.end()));
  }

  private static MapSqlParameterSource window(ViewerScope scope, YearMonth month) {
    if (month.isBefore(scope.filter().from()) || month.isAfter(scope.filter().to())) {
      throw new IllegalArgumentException("Month " + month + " is outside the dashboard's months.");
    }
    return new MapSqlParameterSource()
        .addValue("start", utc(month.atDay(1).atStartOfDay(ViewerScope.UK).toInstant()))
        .addValue("end", utc(month.plusMonths(1).atDay(1).atStartOfDay(ViewerScope.UK).toInstant()));
  }

  private long total(int shown, String countSql, MapSqlParameterSource params) {
    if (shown < Listing.MAX_ROWS) {
      return shown;
    }
    Long n = jdbc.queryForObject(countSql, params, Long.class);
    return n == null ? shown : n;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A {@code month} column (the first instant of a UK month) as the month. */
  private static YearMonth month(ResultSet rs) throws SQLException {
    return YearMonth.from(rs.getTimestamp("month").toInstant().atZone(ViewerScope.UK));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static Grade grade(String name) {
    return name == null ? null : Grade.valueOf(name);
  }
}
