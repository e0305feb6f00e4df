package org.practiceassurance.audit;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import org.practiceassurance.casefile.CaseFile;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;
import org.springframework.security.core.context.SecurityContextHolder;

/** Case files for audit tests, put in the roster the way a quality manager would. */
final class AuditFixtures {

  private AuditFixtures() {}

  /** A new open file in tm1's team (CF-STR-1, Stroud), allocated to sw1. */
  static CaseFile fileInStroudTeam(RosterImport roster, CaseFiles caseFiles) {
    return file(roster, caseFiles, "CF,CF-STR-1,Stroud,sw1,tm1");
  }

  /** A new open file in auditor2's own team (RA-GLO-1, Gloucester): auditor2 is also its team manager. */
  static CaseFile fileInAuditor2sTeam(RosterImport roster, CaseFiles caseFiles) {
    return file(roster, caseFiles, "RA,RA-GLO-1,Gloucester,raw1,auditor2");
  }

  private static CaseFile file(RosterImport roster, CaseFiles caseFiles, String serviceTeamLocalityWorkerManager) {
    String reference = "AU-" + System.nanoTime() % 100_000_000;
    var previous = SecurityContextHolder.getContext().getAuthentication();
    TestUsers.qm1();
    try {
      String csv = "child_reference,display_name,date_of_birth,legal_status,service,team,locality,allocated_worker,team_manager,date_opened\n"
          + reference + ",Test Child,2016-05-04,CP," + serviceTeamLocalityWorkerManager + ",2024-02-01\n";
      var report = roster.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false);
      if (!report.rejected().isEmpty()) {
        throw new IllegalStateException("Fixture row rejected: " + report.rejected());
      }
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
    return caseFiles.find(reference).orElseThrow();
  }

  /** A complete, valid form: every area graded (evidence where needed), the suggested overall grade. */
  static AuditForm completeForm(Grade areaGrade, Grade overall) {
    AuditForm form = new AuditForm();
    for (PracticeArea area : PracticeArea.values()) {
      form.setGrade(area, areaGrade);
      form.setEvidence(area, "Evidence for " + area.label());
    }
    form.setChildVoice("The child's wishes about contact are recorded and shaped the plan.");
    form.setDiversityIdentity("Language and religion recorded; interpreter used at visits.");
    form.setRiskActedOn(true);
    form.setOverallGrade(overall);
    return form;
  }
}
