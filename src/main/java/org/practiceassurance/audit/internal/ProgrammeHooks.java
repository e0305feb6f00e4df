package org.practiceassurance.audit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceassurance.audit.AuditProgrammes;
import org.practiceassurance.audit.ProgrammeRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The audit-programme process's steps ({@code ${auditProgrammeHooks...}}). */
@Component("auditProgrammeHooks")
public class ProgrammeHooks {

  private final AuditProgrammes programmes;
  private final int filesPerTeam;

  ProgrammeHooks(AuditProgrammes programmes, @Value("${pa.audit.programme.files-per-team:1}") int filesPerTeam) {
    this.programmes = programmes;
    this.filesPerTeam = filesPerTeam;
  }

  /** Drafts this month's programme by the default rules, due at the end of the month; sets programmeId. */
  public void draftMonthly(DelegateExecution execution) {
    YearMonth month = YearMonth.now(ZoneId.of("Europe/London"));
    LocalDate due = month.atEndOfMonth().isBefore(LocalDate.now()) ? LocalDate.now() : month.atEndOfMonth();
    var draft = programmes.draftAs("system", month, due, new ProgrammeRules(filesPerTeam, Set.of(), Set.of(), 6));
    execution.setVariable("programmeId", draft.id());
  }
}
