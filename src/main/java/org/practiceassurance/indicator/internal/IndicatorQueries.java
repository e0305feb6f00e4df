package org.practiceassurance.indicator.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.practiceassurance.indicator.ChildException;
import org.practiceassurance.indicator.ExceptionFilter;
import org.practiceassurance.indicator.ScopeLevel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads values and exception lists by scope. A service's or locality's values are rolled up from its
 * teams' in SQL, one row per indicator and month: weighted by numerator and denominator when every
 * team value of that month has them ({@code scale × Σ numerator / Σ denominator}, scale 100 for a
 * percentage), otherwise the mean of the team values; rounded to one decimal place.
 */
@Component
public class IndicatorQueries {

  /** One indicator's value for a month; numerator and denominator null when unknown. */
  public record Row(String indicatorCode, YearMonth month, double value, Double numerator, Double denominator) {}

  private final JdbcTemplate jdbc;

  IndicatorQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The column that places a value or exception at this level; never from user input. */
  private static String column(ScopeLevel level) {
    return switch (level) {
      case TEAM -> "team_code";
      case SERVICE -> "service_code";
      case LOCALITY -> "locality";
    };
  }

  /** Values from {@code from} to {@code to}, both included, by month. */
  public List<Row> values(ScopeLevel level, String scopeCode, YearMonth from, YearMonth to) {
    if (level == ScopeLevel.TEAM) {
      return jdbc.query("""
          select indicator_code, month, value, numerator, denominator from pa.indicator_value
           where team_code = ? and month between ? and ? order by month, indicator_code
          """, (rs, i) -> new Row(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getDouble(3),
          (Double) rs.getObject(4), (Double) rs.getObject(5)), scopeCode, first(from), first(to));
    }
    String weighted = "count(v.numerator) = count(*) and count(v.denominator) = count(*) and sum(v.denominator) > 0";
    return jdbc.query("""
        select v.indicator_code, v.month,
               round(cast(case when %1$s
                               then (case when i.unit = '%%' then 100 else 1 end) * sum(v.numerator) / sum(v.denominator)
                               else avg(v.value) end as numeric), 1) as value,
               case when %1$s then sum(v.numerator) end as numerator,
               case when %1$s then sum(v.denominator) end as denominator
          from pa.indicator_value v join pa.indicator i on i.code = v.indicator_code
         where v.%2$s = ? and v.month between ? and ?
         group by v.indicator_code, v.month, i.unit
         order by v.month, v.indicator_code
        """.formatted(weighted, column(level)),
        (rs, i) -> new Row(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getDouble(3),
            (Double) rs.getObject(4), (Double) rs.getObject(5)), scopeCode, first(from), first(to));
  }

  /** The latest month with any value for the scope. */
  public Optional<YearMonth> latestValueMonth(ScopeLevel level, String scopeCode) {
    Date month = jdbc.queryForObject("select max(month) from pa.indicator_value where " + column(level) + " = ?",
        Date.class, scopeCode);
    return Optional.ofNullable(month).map(d -> YearMonth.from(d.toLocalDate()));
  }

  /** The latest month with any child on an exception list for the scope. */
  public Optional<YearMonth> latestExceptionMonth(ScopeLevel level, String scopeCode) {
    Date month = jdbc.queryForObject("select max(month) from pa.indicator_exception where " + column(level) + " = ?",
        Date.class, scopeCode);
    return Optional.ofNullable(month).map(d -> YearMonth.from(d.toLocalDate()));
  }

  /** The scope's children on exception lists for the month: by list, team, then reference. */
  public List<ChildException> exceptions(ScopeLevel level, String scopeCode, YearMonth month) {
    return jdbc.query("""
        select e.id, e.list_code, l.name, e.child_reference, e.team_code, e.service_code, e.month, e.detail
          from pa.indicator_exception e join pa.indicator_exception_list l on l.code = e.list_code
         where e.%s = ? and e.month = ?
         order by l.position, e.team_code, e.child_reference
        """.formatted(column(level)), (rs, i) -> new ChildException(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), YearMonth.from(rs.getDate(7).toLocalDate()),
        rs.getString(8)), scopeCode, first(month));
  }

  /** The columns exception lists sort by, as screens and the REST API name them, with the SQL each stands for. */
  public static final Map<String, String> EXCEPTION_SORTS = sorts("list", "l.position", "childReference",
      "e.child_reference", "teamCode", "e.team_code", "id", "e.id");
  /** By list, team, then child. */
  static final Sort EXCEPTION_DEFAULT_SORT = Sort.by("list", "teamCode", "childReference");

  /**
   * One page of the scope's children on exception lists for the month, sorted by the page's sort (by
   * list, team and child when it has none), always with the row's id last so that pages never overlap.
   *
   * @throws IllegalArgumentException for a sort by a column the list does not offer
   */
  public List<ChildException> exceptions(ExceptionFilter filter, YearMonth month, Pageable pageable) {
    List<Object> params = new ArrayList<>();
    String where = exceptionConditions(filter, month, params);
    StringBuilder orderBy = new StringBuilder();
    Sort sort = pageable.getSortOr(EXCEPTION_DEFAULT_SORT);
    checkExceptionSort(sort);
    for (Sort.Order order : sort) {
      orderBy.append(EXCEPTION_SORTS.get(order.getProperty())).append(order.isAscending() ? " asc, " : " desc, ");
    }
    orderBy.append("e.id");
    String page = "";
    if (pageable.isPaged()) {
      page = " limit ? offset ?";
      params.add(pageable.getPageSize());
      params.add(pageable.getOffset());
    }
    return jdbc.query("""
        select e.id, e.list_code, l.name, e.child_reference, e.team_code, e.service_code, e.month, e.detail
          from pa.indicator_exception e join pa.indicator_exception_list l on l.code = e.list_code
         where %s
         order by %s%s
        """.formatted(where, orderBy, page), (rs, i) -> new ChildException(rs.getLong(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        YearMonth.from(rs.getDate(7).toLocalDate()), rs.getString(8)), params.toArray());
  }

  /** Refuses a sort the exception lists do not offer, before anything is read. */
  public static void checkExceptionSort(Sort sort) {
    for (Sort.Order order : sort) {
      if (!EXCEPTION_SORTS.containsKey(order.getProperty())) {
        throw new IllegalArgumentException("Exception lists cannot be sorted by \"" + order.getProperty()
            + "\"; sort by one of " + String.join(", ", EXCEPTION_SORTS.keySet()) + ".");
      }
    }
  }

  /** How many rows {@link #exceptions(ExceptionFilter, YearMonth, Pageable)} has in all. */
  public long exceptionCount(ExceptionFilter filter, YearMonth month) {
    List<Object> params = new ArrayList<>();
    String where = exceptionConditions(filter, month, params);
    return jdbc.queryForObject("select count(*) from pa.indicator_exception e where " + where, Long.class,
        params.toArray());
  }

  /** The scope column from the level (never from input); every value a parameter. */
  private static String exceptionConditions(ExceptionFilter filter, YearMonth month, List<Object> params) {
    StringBuilder where = new StringBuilder("e.").append(column(filter.level())).append(" = ? and e.month = ?");
    params.add(filter.scopeCode());
    params.add(first(month));
    if (filter.listCode() != null) {
      where.append(" and e.list_code = ?");
      params.add(filter.listCode().toUpperCase(Locale.ROOT));
    }
    if (filter.teamCode() != null) {
      where.append(" and e.team_code = ?");
      params.add(filter.teamCode().toUpperCase(Locale.ROOT));
    }
    if (filter.childReference() != null) {
      where.append(" and upper(e.child_reference) like ? escape '\\'");
      params.add(filter.childReference().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%");
    }
    return where.toString();
  }

  private static Map<String, String> sorts(String... nameThenColumn) {
    Map<String, String> sorts = new LinkedHashMap<>();
    for (int i = 0; i < nameThenColumn.length; i += 2) {
      sorts.put(nameThenColumn[i], nameThenColumn[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(sorts);
  }

  private static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }
}
