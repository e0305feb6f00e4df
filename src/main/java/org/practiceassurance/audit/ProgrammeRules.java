package org.practiceassurance.audit;

import java.util.Set;
import org.practiceassurance.casefile.LegalStatus;

/**
 * How a month's files are chosen: this many open files at random per team (of the given teams, or
 * all), of these legal statuses (or any), not audited in the last so many months.
 */
public record ProgrammeRules(int filesPerTeam, Set<String> teamCodes, Set<LegalStatus> legalStatuses,
    int notAuditedForMonths) {

  public ProgrammeRules {
    teamCodes = teamCodes == null ? Set.of() : Set.copyOf(teamCodes);
    legalStatuses = legalStatuses == null ? Set.of() : Set.copyOf(legalStatuses);
  }

  public String describe() {
    return filesPerTeam + " per team; teams " + (teamCodes.isEmpty() ? "all" : String.join(",", teamCodes.stream().sorted().toList()))
        + "; statuses " + (legalStatuses.isEmpty() ? "any" : legalStatuses.stream().map(Enum::name).sorted().toList())
        + "; not audited in " + notAuditedForMonths + " months";
  }
}
