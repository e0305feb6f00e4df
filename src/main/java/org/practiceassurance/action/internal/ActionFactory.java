package org.practiceassurance.action.internal;

import java.time.Instant;
import java.util.Locale;
import org.practiceassurance.action.ActionRequest;
import org.practiceassurance.action.Priority;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Makes new actions from validated requests: the next readable id, trimmed values, upper-case codes, MEDIUM by default. */
@Component
public class ActionFactory {

  /** The next number from the sequence, on the transaction's connection (a sequence needs no flush of the session first). */
  private static final String NEXT_NUMBER = "select nextval('pa.action_number_seq')";

  private final JdbcTemplate jdbc;

  ActionFactory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public ActionEntity create(ActionRequest request, Instant now) {
    String id = String.format("A-%06d", jdbc.queryForObject(NEXT_NUMBER, Long.class));
    return new ActionEntity(id, request.source(), request.sourceId().trim(), blankToNull(request.childReference()),
        request.description().trim(), request.owner().trim(), request.raisedBy().trim(),
        request.serviceCode().trim().toUpperCase(Locale.ROOT), upperOrNull(request.teamCode()),
        request.priority() == null ? Priority.MEDIUM : request.priority(), request.dueDate(), now);
  }

  public void started(ActionEntity action, String processInstanceId) {
    action.startedAs(processInstanceId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Service and team codes are upper case, as on the roster (the register matches them exactly). */
  private static String upperOrNull(String code) {
    return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
  }
}
