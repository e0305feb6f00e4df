package org.practiceassurance.casefile;

import java.io.InputStream;
import org.practiceassurance.casefile.internal.RosterCsv;
import org.practiceassurance.casefile.internal.RosterImporter;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Quality managers import the roster of open case files from the case management system's CSV
 * export. Columns (header row required, any order and case):
 * {@code child_reference,display_name,date_of_birth,legal_status,service,team,locality,allocated_worker,team_manager,date_opened};
 * the required ones are child_reference, date_of_birth, legal_status, team and date_opened. A column
 * left out of the file leaves that field as it was. See docs/adr/0006-roster-import.md.
 */
@Service
public class RosterImport {

  private final RosterImporter importer;
  private final CurrentUser currentUser;

  RosterImport(RosterImporter importer, CurrentUser currentUser) {
    this.importer = importer;
    this.currentUser = currentUser;
  }

  /**
   * Upserts every good row by child reference, in one transaction, and reports each bad row with its
   * line number and reason. With {@code fullImport}, open files the roster no longer lists are closed
   * (never deleted); a full import with no good row closes nothing, and one that would close more
   * than half of the open files is refused.
   *
   * @throws RosterFileRejected for a file that cannot be imported at all (nothing is changed)
   */
  @Secured("ROLE_" + Roles.QUALITY_MANAGER)
  public ImportReport importCsv(InputStream csv, boolean fullImport) {
    RosterCsv.Parsed roster = RosterCsv.read(csv, importer.properties().maxFileBytes());
    return importer.apply(roster, fullImport, currentUser.get().username());
  }
}
