package org.practiceassurance.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.audit.internal.Audit;
import org.practiceassurance.audit.internal.AuditRepository;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts case-file audits: one audit record and one {@code case-file-audit} process per child's file. */
@Service
public class CaseFileAudits {

  public static final String PROCESS_KEY = "case-file-audit";
  /** A child's reference in the case management system: letters, digits and dashes. */
  public static final Pattern CHILD_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");
  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final RuntimeService runtime;
  private final AuditRepository audits;
  private final CaseFiles caseFiles;
  private final Clock clock = Clock.systemUTC();

  CaseFileAudits(RuntimeService runtime, AuditRepository audits, CaseFiles caseFiles) {
    this.runtime = runtime;
    this.audits = audits;
    this.caseFiles = caseFiles;
  }

  /**
   * An audit of one open file in the roster, offered to every auditor until one claims it.
   *
   * @return the audit's id
   * @throws InvalidAuditRequest for a malformed or unknown reference, a closed file, a child whose
   *     file already has an open audit, or a due date in the past
   */
  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  @Transactional
  public long startAudit(String childReference, LocalDate dueDate) {
    String reference = childReference == null ? "" : childReference.trim();
    if (!CHILD_REFERENCE.matcher(reference).matches()) {
      throw new InvalidAuditRequest("childReference", "A child reference is 2 to 40 letters, digits or dashes.");
    }
    CaseFile file = caseFiles.find(reference).filter(CaseFile::open).orElseThrow(() ->
        new InvalidAuditRequest("childReference", "There is no open case file " + reference + " in the roster."));
    if (dueDate == null || dueDate.isBefore(LocalDate.now(UK))) {
      throw new InvalidAuditRequest("dueDate", "The due date must be today or later.");
    }
    return start(file, null, dueDate);
  }

  /**
   * Without the role check: for the audit programme and the dev demo data. Refuses a child who already
   * has an open audit (one audit of a child at a time).
   */
  @Transactional
  long start(CaseFile file, String auditor, LocalDate dueDate) {
    audits.lockStartsOf(file.childReference());
    audits.openAuditOf(file.childReference()).ifPresent(open -> {
      throw new InvalidAuditRequest("childReference", file.childReference() + " already has an open audit: audit "
          + open.getId() + ", " + open.getStatus().label().toLowerCase(Locale.ROOT)
          + (open.getAuditor() == null ? "" : " with " + open.getAuditor()) + ", due "
          + DAY.format(open.getDueDate()) + ". It must close before another audit of this child starts.");
    });
    Audit audit = audits.save(new Audit(file.childReference(), file.serviceCode(), file.teamCode(),
        file.allocatedWorker(), file.teamManager(), auditor, dueDate, clock.instant()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("auditId", audit.id());
    variables.put("serviceCode", file.serviceCode());
    variables.put("teamCode", file.teamCode());
    variables.put("auditDueDate", dueDate.atTime(17, 0).atZone(UK).toOffsetDateTime().toString());
    if (auditor != null) {
      variables.put("auditor", auditor);
    }
    audit.startedAs(runtime.startProcessInstanceByKey(PROCESS_KEY, file.childReference(), variables).getId());
    return audit.id();
  }

  /**
   * A request about audits that cannot be carried out (starting one, drafting a programme, asking
   * the Audits list for a sort it does not offer); {@link #field()} names the input at fault.
   */
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

  /**
   * How the audits of these teams submitted since a moment were graded (final grade: the moderated
   * one, else the auditor's). No role check: the calling module decides who may see the figures.
   */
  @Transactional(readOnly = true)
  public java.util.Map<Grade, Long> gradesSince(java.util.Collection<String> teamCodes, java.time.Instant since) {
    java.util.Map<Grade, Long> counts = new java.util.EnumMap<>(Grade.class);
    if (teamCodes.isEmpty()) {
      return counts;
    }
    for (Object[] row : audits.gradeCounts(teamCodes, since)) {
      counts.put((Grade) row[0], (Long) row[1]);
    }
    return counts;
  }
}
