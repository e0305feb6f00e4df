package org.practiceassurance.insight.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceassurance.indicator.Indicator;
import org.practiceassurance.indicator.Rag;
import org.practiceassurance.insight.TeamEvidence;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Triangulation's evidence for every team in a scope, one grouped query per source (audits, dip
 * samples, indicators, actions, concerns), never a query per team.
 */
@Component
public class TriangulationQueries {

  private final NamedParameterJdbcTemplate jdbc;

  TriangulationQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Evidence per team code, for the teams that have any; a team without evidence is absent. */
  public Map<String, TeamEvidence> evidence(ViewerScope scope, LocalDate today, List<Indicator> catalogue) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("start", scope.start().atOffset(ZoneOffset.UTC)).addValue("end", scope.end().atOffset(ZoneOffset.UTC))
        .addValue("firstMonth", scope.filter().from().atDay(1)).addValue("lastMonth", scope.filter().to().atDay(1))
        .addValue("today", today);
    Map<String, long[]> audits = new HashMap<>();
    jdbc.query("select a.team_code, count(*) as graded,"
        + " count(*) filter (where a.final_grade in ('OUTSTANDING', 'GOOD')) as good,"
        + " count(*) filter (where a.final_grade = 'INADEQUATE') as inadequate"
        + " from pa.audit a where " + DashboardQueries.GRADED + " and a.submitted_at >= :start and a.submitted_at < :end"
        + scope.where("a.service_code", "a.team_code", params) + " group by 1", params,
        rs -> { audits.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}); });

    Map<String, double[]> dip = new HashMap<>();
    jdbc.query("""
        select f.team_code, count(da.answer) as answers,
               coalesce(sum(case da.answer when 'YES' then 1.0 when 'PARTLY' then 0.5 else 0 end), 0) as score
          from pa.dip_sample s
          join pa.dip_sample_file f on f.dip_sample_id = s.id and f.reviewed_at is not null
          join pa.dip_answer da on da.sample_file_id = f.id and da.answer in ('YES', 'PARTLY', 'NO')
         where s.status in ('FINDINGS', 'COMPLETE') and s.reviews_closed_at >= :start and s.reviews_closed_at < :end
        """ + scope.where("f.service_code", "f.team_code", params) + " group by 1", params,
        rs -> { dip.put(rs.getString(1), new double[] {rs.getLong(2), rs.getDouble(3)}); });

    // The latest month with values for each team within the months, and every indicator's value in it.
    Map<String, Indicator> indicators = new HashMap<>();
    catalogue.forEach(i -> indicators.put(i.code(), i));
    Map<String, int[]> rags = new HashMap<>();
    Map<String, YearMonth> indicatorMonth = new HashMap<>();
    jdbc.query("""
        select v.team_code, v.indicator_code, v.month, v.value
          from pa.indicator_value v
          join (select team_code, max(month) as month from pa.indicator_value
                 where month >= :firstMonth and month <= :lastMonth group by team_code) latest
            on latest.team_code = v.team_code and latest.month = v.month
         where true
        """ + scope.where("v.service_code", "v.team_code", params), params, rs -> {
          Indicator indicator = indicators.get(rs.getString("indicator_code"));
          if (indicator == null) {
            return;
          }
          String team = rs.getString("team_code");
          indicatorMonth.put(team, YearMonth.from(rs.getObject("month", LocalDate.class)));
          Rag rag = indicator.rag(rs.getDouble("value"));
          rags.computeIfAbsent(team, k -> new int[3])[rag.ordinal()]++;
        });

    Map<String, long[]> actions = new HashMap<>();
    jdbc.query("select a.team_code, count(*) as outstanding,"
        + " count(*) filter (where a.status = 'OVERDUE' or a.status = 'OPEN' and a.due_date < :today) as overdue"
        + " from pa.action a where a.status <> 'CLOSED' and a.team_code is not null"
        + scope.where("a.service_code", "a.team_code", params) + " group by 1", params,
        rs -> { actions.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}); });

    Map<String, Long> concerns = new HashMap<>();
    jdbc.query("select c.team_code, count(*) from pa.concern c where c.status <> 'RESOLVED'"
        + scope.where("c.service_code", "c.team_code", params) + " group by 1", params,
        rs -> { concerns.put(rs.getString(1), rs.getLong(2)); });

    Map<String, TeamEvidence> evidence = new HashMap<>();
    java.util.Set<String> teams = new java.util.HashSet<>();
    teams.addAll(audits.keySet());
    teams.addAll(dip.keySet());
    teams.addAll(rags.keySet());
    teams.addAll(actions.keySet());
    teams.addAll(concerns.keySet());
    for (String team : teams) {
      long[] a = audits.getOrDefault(team, new long[3]);
      double[] d = dip.get(team);
      int[] r = rags.getOrDefault(team, new int[3]);
      long[] act = actions.getOrDefault(team, new long[2]);
      evidence.put(team, new TeamEvidence(a[0], a[0] == 0 ? null : 100.0 * a[1] / a[0],
          a[0] == 0 ? null : 100.0 * a[2] / a[0], d == null || d[0] == 0 ? null : 100.0 * d[1] / d[0],
          d == null ? 0 : (long) d[0], indicatorMonth.get(team), r[0] + r[1] + r[2],
          r[Rag.RED.ordinal()], r[Rag.AMBER.ordinal()], r[Rag.GREEN.ordinal()], act[0], act[1],
          concerns.getOrDefault(team, 0L)));
    }
    return evidence;
  }

  /** A team with nothing to show. */
  public static TeamEvidence nothing() {
    return new TeamEvidence(0, null, null, null, 0, null, 0, 0, 0, 0, 0, 0, 0);
  }
}
