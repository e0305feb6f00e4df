package org.practiceassurance.casefile;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Narrows a list of case files; null or blank fields do not filter. Text is trimmed and matched
 * whatever its case.
 *
 * @param search the start of a child's reference or name
 * @param teamCode only this team
 * @param legalStatus only this legal status
 * @param allocatedWorker only files allocated to this worker (username)
 * @param openedFrom opened on or after this day
 * @param openedTo opened on or before this day
 * @param includeClosed closed files too (open files only when false)
 */
public record CaseFileFilter(String search, String teamCode, LegalStatus legalStatus, String allocatedWorker,
    LocalDate openedFrom, LocalDate openedTo, boolean includeClosed) {

  public CaseFileFilter {
    search = blank(search) ? null : search.trim();
    teamCode = blank(teamCode) ? null : teamCode.trim().toUpperCase(Locale.ROOT);
    allocatedWorker = blank(allocatedWorker) ? null : allocatedWorker.trim().toLowerCase(Locale.ROOT);
  }

  /** A team, a legal status and whether closed files count: the filters the first screens offered. */
  public CaseFileFilter(String teamCode, LegalStatus legalStatus, boolean includeClosed) {
    this(null, teamCode, legalStatus, null, null, null, includeClosed);
  }

  public static CaseFileFilter openFiles() {
    return new CaseFileFilter(null, null, false);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
