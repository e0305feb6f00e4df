package org.practiceassurance.indicator;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.practiceassurance.casefile.ImportReport;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.casefile.Rosters;
import org.practiceassurance.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small county for indicator tests: four teams over two services and two localities, and a few
 * children. CF-STR-1 and CF-STR-2 are Children &amp; Families in Stroud, CF-GLO-1 Children &amp;
 * Families in Gloucester, RA-STR-1 Referral &amp; Assessment in Stroud.
 */
public final class IndicatorFixtures {

  public static final String VALUES_HEADER = "indicator,team,month,value,numerator,denominator";
  public static final String EXCEPTIONS_HEADER = "list,child_reference,team,month,detail";

  private IndicatorFixtures() {}

  /** Empties the indicator values, exception lists and import records, and the roster. */
  public static void reset(JdbcTemplate jdbc) {
    jdbc.execute("truncate table pa.indicator_value, pa.indicator_exception, pa.indicator_import restart identity");
    Rosters.reset(jdbc);
  }

  /** The four teams and their children, imported as qm1 would (signs qm1 out again). */
  public static void county(RosterImport rosterImport) {
    TestUsers.qm1();
    try {
      ImportReport report = rosterImport.importCsv(Rosters.stream(Rosters.csv(
          "CF-1,Ann Test,2015-01-01,CP,CF,CF-STR-1,Stroud,sw1,tm1,2022-01-10",
          "CF-2,Ben Test,2016-01-01,CP,CF,CF-STR-1,Stroud,sw1,tm1,2025-01-10",
          "CF-3,Cat Test,2017-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2025-02-10",
          "CF-4,Dan Test,2014-01-01,CIN,CF,CF-STR-1,Stroud,,tm1,2025-03-10",
          "CF-21,Eve Test,2013-01-01,CIN,CF,CF-STR-2,Stroud,sw.cf-str-2.1,tm.cf-str-2,2024-01-10",
          "CF-31,Fay Test,2012-01-01,CP,CF,CF-GLO-1,Gloucester,sw.cf-glo-1.1,tm.cf-glo-1,2023-01-10",
          "RA-1,Gus Test,2018-01-01,CIN,RA,RA-STR-1,Stroud,sw.ra-str-1.1,tm.ra-str-1,2025-04-10")), false);
      if (!report.rejected().isEmpty() || report.created() != 7) {
        throw new IllegalStateException("Test county not imported: " + report);
      }
    } finally {
      TestUsers.signOut();
    }
  }

  /** The header row, then the rows, LF line ends. */
  public static String values(String... rows) {
    return VALUES_HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  public static String exceptions(String... rows) {
    return EXCEPTIONS_HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  public static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
