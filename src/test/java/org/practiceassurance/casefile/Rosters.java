package org.practiceassurance.casefile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test rosters and a clean roster: every test of the roster starts from no case files and no teams. */
public final class Rosters {

  public static final String HEADER =
      "child_reference,display_name,date_of_birth,legal_status,service,team,locality,allocated_worker,team_manager,date_opened";

  private Rosters() {}

  /** Empties the roster tables (services stay: the migration seeds them). Tests only. */
  public static void reset(JdbcTemplate jdbc) {
    jdbc.execute("truncate table pa.case_file, pa.team, pa.roster_import restart identity");
  }

  /** The header row, then the rows, LF line ends. */
  public static String csv(String... rows) {
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  public static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A well-formed row: a child born in 2015, opened in 2024; service and locality left to the team code. */
  public static String row(String reference, String team, String worker) {
    return reference + ",Test Child,2015-03-02,CIN,," + team + ",," + worker + ",,2024-01-15";
  }
}
