package org.practiceassurance.casefile;

/**
 * Narrows a screen's list of case files; null fields do not filter.
 *
 * @param teamCode only this team
 * @param legalStatus only this legal status
 * @param includeClosed closed files too (open files only when false)
 */
public record CaseFileFilter(String teamCode, LegalStatus legalStatus, boolean includeClosed) {

  public static CaseFileFilter openFiles() {
    return new CaseFileFilter(null, null, false);
  }
}
