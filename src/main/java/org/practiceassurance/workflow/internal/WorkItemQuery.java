package org.practiceassurance.workflow.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practiceassurance.workflow.TaskSearch;
import org.practiceassurance.workflow.TaskSort;
import org.practiceassurance.workflow.TaskView;
import org.practiceassurance.workflow.WorkTask;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The task list in SQL over {@code work_item} (ADR 18): the viewer's own rule in the {@code where}
 * clause, urgent work first in every order, a unique last key so that pages never overlap, and
 * paging by offset (screens) or by cursor (REST: the last row's keys, so that tasks completed
 * meanwhile neither shift nor repeat the next page).
 */
@Component
public class WorkItemQuery {

  /** Who is looking: their username, candidate groups, and what they manage (for {@link TaskView#TEAM}). */
  public record Viewer(String username, Set<String> groups, boolean managesCounty, Set<String> managedServices,
      Set<String> managedTeams) {

    public boolean managesAnything() {
      return managesCounty || !managedServices.isEmpty() || !managedTeams.isEmpty();
    }
  }

  private static final String COLUMNS = """
      w.task_id, w.name, w.process_name, w.process_definition_key, w.subject, w.created_at, w.due_at, w.assignee,
      w.form_key, w.team_code, w.child_reference, w.service_code, w.priority, w.follow_up_at""";

  private static final String OFFERED = """
      (w.assignee is null and (w.candidate_users @> array[:me]::text[] or w.candidate_groups && :groups::text[]))""";
  private static final String MINE_OR_OFFERED = "(w.assignee = :me or " + OFFERED + ")";
  private static final String NOT_BARRED = "(w.excluded_user is null or w.excluded_user <> :me)";
  /** Follow-up dates put work off, but never urgent work. */
  private static final String NOT_PUT_OFF = "(w.follow_up_at is null or w.follow_up_at <= :now or w.urgent)";
  /**
   * What a manager manages, short of the county (which is no condition at all: a {@code :county or ...}
   * parameter would stop PostgreSQL's generic plan from walking the order index for the whole county).
   */
  private static final String TEAM = """
      (w.team_code in (:teams) or w.service_code in (:services))""";

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  WorkItemQuery(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One page by position (a lazy grid's window). */
  public List<WorkTask> page(Viewer viewer, TaskSearch search, Instant now, int offset, int limit) {
    MapSqlParameterSource params = params(viewer, now);
    String sql = "select " + COLUMNS + " from pa.work_item w where " + where(viewer, search, params)
        + " order by " + orderBy(search) + " limit :limit offset :offset";
    params.addValue("limit", limit).addValue("offset", offset);
    return jdbc.query(sql, params, ROW);
  }

  /** The page after the row a cursor names (null: the first page). */
  public List<WorkTask> pageAfter(Viewer viewer, TaskSearch search, Instant now, String cursor, int limit) {
    MapSqlParameterSource params = params(viewer, now);
    String where = where(viewer, search, params);
    if (cursor != null) {
      where += " and " + after(search, decode(search, cursor), params);
    }
    String sql = "select " + COLUMNS + " from pa.work_item w where " + where + " order by " + orderBy(search) + " limit :limit";
    params.addValue("limit", limit);
    return jdbc.query(sql, params, ROW);
  }

  public long count(Viewer viewer, TaskSearch search, Instant now) {
    MapSqlParameterSource params = params(viewer, now);
    Long count = jdbc.queryForObject("select count(*) from pa.work_item w where " + where(viewer, search, params), params, Long.class);
    return count == null ? 0 : count;
  }

  /** How many tasks each built-in filter holds, in one pass over my work (and one over my team's). */
  public Map<TaskView, Long> counts(Viewer viewer, Instant now) {
    MapSqlParameterSource params = params(viewer, now);
    Map<TaskView, Long> counts = new EnumMap<>(TaskView.class);
    jdbc.query("""
        select count(*) filter (where %1$s and %2$s) as my_work,
               count(*) filter (where w.assignee = :me and %1$s and %2$s) as assigned,
               count(*) filter (where w.assignee is null and %1$s) as offered,
               count(*) filter (where w.urgent and %1$s) as urgent,
               count(*) filter (where w.due_at < :now and %1$s and %2$s) as overdue,
               count(*) filter (where w.assignee = :me and w.follow_up_at <= :now) as follow_up_due,
               count(*) filter (where w.assignee = :me and w.follow_up_at > :now) as follow_up_later
        from pa.work_item w where %3$s""".formatted(NOT_BARRED, NOT_PUT_OFF, MINE_OR_OFFERED), params, (ResultSet rs) -> {
      counts.put(TaskView.MY_WORK, rs.getLong("my_work"));
      counts.put(TaskView.ASSIGNED, rs.getLong("assigned"));
      counts.put(TaskView.OFFERED, rs.getLong("offered"));
      counts.put(TaskView.URGENT, rs.getLong("urgent"));
      counts.put(TaskView.OVERDUE, rs.getLong("overdue"));
      counts.put(TaskView.FOLLOW_UP_DUE, rs.getLong("follow_up_due"));
      counts.put(TaskView.FOLLOW_UP_LATER, rs.getLong("follow_up_later"));
    });
    if (viewer.managesAnything()) {
      counts.put(TaskView.TEAM, count(viewer, TaskSearch.of(TaskView.TEAM), now));
    }
    return counts;
  }

  /** Urgent work assigned or offered to me: what the navigation counts. */
  public long urgentCount(Viewer viewer, Instant now) {
    return count(viewer, TaskSearch.of(TaskView.URGENT), now);
  }

  private static MapSqlParameterSource params(Viewer viewer, Instant now) {
    return new MapSqlParameterSource()
        .addValue("me", viewer.username())
        .addValue("groups", viewer.groups().toArray(String[]::new))
        .addValue("now", Timestamp.from(now))
        .addValue("teams", viewer.managedTeams().isEmpty() ? List.of("") : List.copyOf(viewer.managedTeams()))
        .addValue("services", viewer.managedServices().isEmpty() ? List.of("") : List.copyOf(viewer.managedServices()));
  }

  private static String where(Viewer viewer, TaskSearch search, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    switch (search.view()) {
      case MY_WORK -> conditions.addAll(List.of(MINE_OR_OFFERED, NOT_BARRED, NOT_PUT_OFF));
      case ASSIGNED -> conditions.addAll(List.of("w.assignee = :me", NOT_BARRED, NOT_PUT_OFF));
      case OFFERED -> conditions.addAll(List.of(OFFERED, NOT_BARRED));
      case URGENT -> conditions.addAll(List.of(MINE_OR_OFFERED, NOT_BARRED, "w.urgent"));
      case OVERDUE -> conditions.addAll(List.of(MINE_OR_OFFERED, NOT_BARRED, NOT_PUT_OFF, "w.due_at < :now"));
      case FOLLOW_UP_DUE -> conditions.addAll(List.of("w.assignee = :me", "w.follow_up_at <= :now"));
      case FOLLOW_UP_LATER -> conditions.addAll(List.of("w.assignee = :me", "w.follow_up_at > :now"));
      case TEAM -> conditions.add(viewer.managesCounty() ? "true" : viewer.managesAnything() ? TEAM : "false");
    }
    if (search.processKey() != null) {
      conditions.add("w.process_definition_key = :process");
      params.addValue("process", search.processKey());
    }
    if (search.teamCode() != null) {
      conditions.add("w.team_code = :team");
      params.addValue("team", search.teamCode().toUpperCase(Locale.ROOT));
    }
    if (search.text() != null) {
      String[] words = search.text().toLowerCase(Locale.ROOT).split("\\s+");
      for (int i = 0; i < words.length && i < 8; i++) {
        String name = "word" + i;
        conditions.add(("(w.name ilike :%1$s or w.child_reference ilike :%1$s or w.subject ilike :%1$s"
            + " or w.team_code ilike :%1$s or w.process_name ilike :%1$s)").formatted(name));
        params.addValue(name, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }
    return String.join(" and ", conditions);
  }

  // Ordering and cursors. Every order is a list of keys; the first is "urgent first", the last the task id.

  private record Key(String expression, boolean ascending, Kind kind) {}

  private enum Kind { BOOLEAN, INT, TIME, TEXT }

  private static List<Key> keys(TaskSearch search) {
    boolean asc = !search.descending();
    List<Key> keys = new ArrayList<>();
    keys.add(new Key("w.urgent", false, Kind.BOOLEAN));
    switch (search.sort()) {
      case PRIORITY -> keys.add(new Key("w.priority", !asc, Kind.INT));
      case DUE -> nullsLast(keys, "w.due_at", asc, Kind.TIME);
      case CREATED -> keys.add(new Key("w.created_at", asc, Kind.TIME));
      case CHILD -> nullsLast(keys, "coalesce(w.child_reference, w.subject)", asc, Kind.TEXT);
      case TEAM -> nullsLast(keys, "w.team_code", asc, Kind.TEXT);
      case PROCESS -> keys.add(new Key("w.process_name", asc, Kind.TEXT));
    }
    if (search.sort() != TaskSort.PRIORITY) {
      keys.add(new Key("w.priority", false, Kind.INT));
    }
    if (search.sort() != TaskSort.DUE) {
      nullsLast(keys, "w.due_at", true, Kind.TIME);
    }
    if (search.sort() != TaskSort.CREATED) {
      keys.add(new Key("w.created_at", true, Kind.TIME));
    }
    keys.add(new Key("w.task_id", true, Kind.TEXT));
    return keys;
  }

  /** A nullable key as two: "is it null" (so that nulls come last either way), then the value. */
  private static void nullsLast(List<Key> keys, String expression, boolean ascending, Kind kind) {
    keys.add(new Key("(" + expression + " is null)", true, Kind.BOOLEAN));
    keys.add(new Key(expression, ascending, kind));
  }

  private static String orderBy(TaskSearch search) {
    List<String> parts = new ArrayList<>();
    for (Key key : keys(search)) {
      if (key.expression().endsWith(" is null)")) {
        continue; // "nulls last" below says the same and lets PostgreSQL use the indexes' order
      }
      parts.add(key.expression() + (key.ascending() ? " asc nulls last" : " desc nulls last"));
    }
    return String.join(", ", parts);
  }

  /** Rows after the cursor's: (k1 > v1) or (k1 = v1 and k2 > v2) or ... , each in its own direction. */
  private static String after(TaskSearch search, List<Object> values, MapSqlParameterSource params) {
    List<Key> keys = keys(search);
    if (values.size() != keys.size()) {
      throw new IllegalArgumentException("The cursor does not belong to this order of the task list.");
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> terms = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        terms.add(keys.get(j).expression() + " is not distinct from " + cast(keys.get(j), "k" + j));
      }
      terms.add(keys.get(i).expression() + (keys.get(i).ascending() ? " > " : " < ") + cast(keys.get(i), "k" + i));
      alternatives.add("(" + String.join(" and ", terms) + ")");
    }
    for (int i = 0; i < keys.size(); i++) {
      Object value = values.get(i);
      params.addValue("k" + i, value != null && keys.get(i).kind() == Kind.TIME ? Timestamp.from(Instant.parse((String) value)) : value);
    }
    return "(" + String.join(" or ", alternatives) + ")";
  }

  private static String cast(Key key, String param) {
    return switch (key.kind()) {
      case BOOLEAN -> "cast(:" + param + " as boolean)";
      case INT -> "cast(:" + param + " as integer)";
      case TIME -> "cast(:" + param + " as timestamptz)";
      case TEXT -> "cast(:" + param + " as varchar)";
    };
  }

  /** The cursor after a row: its keys in this order, as URL-safe text. */
  public String cursorAfter(TaskSearch search, WorkTask last) {
    List<Object> values = new ArrayList<>();
    for (Key key : keys(search)) {
      values.add(switch (key.expression()) {
        case "w.urgent" -> last.isUrgent();
        case "w.priority" -> last.priority();
        case "(w.due_at is null)" -> last.due() == null;
        case "w.due_at" -> last.due() == null ? null : last.due().toString();
        case "w.created_at" -> last.created().toString();
        case "(coalesce(w.child_reference, w.subject) is null)" -> last.about() == null;
        case "coalesce(w.child_reference, w.subject)" -> last.about();
        case "(w.team_code is null)" -> last.teamCode() == null;
        case "w.team_code" -> last.teamCode();
        case "w.process_name" -> last.processName();
        case "w.task_id" -> last.id();
        default -> throw new IllegalStateException(key.expression());
      });
    }
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(
          Map.of("sort", search.sort().name(), "descending", search.descending(), "keys", values)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Object> decode(TaskSearch search, String cursor) {
    Map<String, Object> decoded;
    try {
      decoded = json.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)),
          new TypeReference<Map<String, Object>>() {});
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("The cursor is not one this task list gave.");
    }
    if (!search.sort().name().equals(decoded.get("sort")) || !Boolean.valueOf(search.descending()).equals(decoded.get("descending"))
        || !(decoded.get("keys") instanceof List<?> keys)) {
      throw new IllegalArgumentException("The cursor belongs to another order of the task list: start again without it.");
    }
    return new ArrayList<>(keys);
  }

  private static final RowMapper<WorkTask> ROW = (ResultSet rs, int n) -> new WorkTask(
      rs.getString("task_id"), rs.getString("name"), rs.getString("process_name"),
      rs.getString("process_definition_key"), rs.getString("subject"), instant(rs, "created_at"),
      instant(rs, "due_at"), rs.getString("assignee"), formRoute(rs.getString("form_key"), rs.getString("task_id")),
      rs.getString("team_code"), rs.getString("child_reference"), rs.getString("service_code"), rs.getInt("priority"),
      instant(rs, "follow_up_at"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  static String formRoute(String formKey, String taskId) {
    return formKey != null && formKey.startsWith(WorkTask.ROUTE_FORM_KEY)
        ? formKey.substring(WorkTask.ROUTE_FORM_KEY.length()) + "/" + taskId : null;
  }
}
