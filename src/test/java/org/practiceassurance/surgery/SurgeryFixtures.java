package org.practiceassurance.surgery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.support.TestUsers;

/** A new team in service CF (hos1's) with two children, put in the roster as a quality manager would. */
final class SurgeryFixtures {

  final String stamp = String.valueOf(System.nanoTime() % 100_000_000);
  final String team = "SG" + stamp + "-T";
  final String child1 = "SGC-" + stamp + "-1";
  final String child2 = "SGC-" + stamp + "-2";

  SurgeryFixtures(RosterImport roster) {
    String csv = "child_reference,display_name,date_of_birth,legal_status,service,team,locality,allocated_worker,team_manager,date_opened\n"
        + child1 + ",,2015-01-01,CP,CF," + team + ",Stroud,sw1,tm1,2024-01-01\n"
        + child2 + ",,2016-01-01,CIN,CF," + team + ",Stroud,sw1,tm1,2024-01-01\n";
    TestUsers.qm1();
    var report = roster.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false);
    if (!report.rejected().isEmpty()) {
      throw new IllegalStateException("Fixture rows rejected: " + report.rejected());
    }
    TestUsers.signOut();
  }

  static void hos1() {
    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
  }

  static void hos2() {
    TestUsers.signIn("hos2", List.of("head-of-service"), "RA", null);
  }

  static void director1() {
    TestUsers.signIn("director1", List.of("director"), null, null);
  }
}
