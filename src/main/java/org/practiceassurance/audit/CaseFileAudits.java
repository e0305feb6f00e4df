package org.practiceassurance.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts case-file audits: one {@code case-file-audit} process per child's file. */
@Service
public class CaseFileAudits {

  public static final String PROCESS_KEY = "case-file-audit";
  /** A child's reference in the case management system: letters, digits and dashes. */
  public static final Pattern CHILD_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");
  static final ZoneId UK = ZoneId.of("Europe/London");

  private final RuntimeService runtime;

  CaseFileAudits(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /**
   * @return the id of the started process instance
   * @throws InvalidAuditRequest for a malformed reference or a due date in the past
   */
  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional
  public String startAudit(String childReference, LocalDate dueDate) {
    String reference = childReference == null ? "" : childReference.trim();
    if (!CHILD_REFERENCE.matcher(reference).matches()) {
      throw new InvalidAuditRequest("childReference", "A child reference is 2 to 40 letters, digits or dashes.");
    }
    if (dueDate == null || dueDate.isBefore(LocalDate.now(UK))) {
      throw new InvalidAuditRequest("dueDate", "The due date must be today or later.");
    }
    return start(reference, dueDate);
  }

  /** Without the role check: for the dev demo data only. */
  String start(String reference, LocalDate dueDate) {
    String due = dueDate.atTime(17, 0).atZone(UK).toOffsetDateTime().toString();
    return runtime.startProcessInstanceByKey(PROCESS_KEY, reference,
        Map.of("childReference", reference, "auditDueDate", due)).getId();
  }

  /** A request that cannot start an audit; {@link #field()} names the input at fault. */
  public static class InvalidAuditRequest extends IllegalArgumentException {
    private final String field;

    public InvalidAuditRequest(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
