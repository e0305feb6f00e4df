package org.practiceassurance.indicator.internal;

import java.util.List;
import java.util.Optional;
import org.practiceassurance.indicator.Direction;
import org.practiceassurance.indicator.ExceptionList;
import org.practiceassurance.indicator.Indicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indicator catalogue and the kinds of exception list, as the migrations ship them (a few rows:
 * read from the database on each call, so a catalogue change needs no restart). Each row goes
 * through {@link Indicator}'s checks, so a threshold the wrong way round fails loudly.
 */
@Component
public class Catalogue {

  private final JdbcTemplate jdbc;

  Catalogue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** In the catalogue's order. */
  public List<Indicator> indicators() {
    return jdbc.query("""
        select code, name, unit, direction, target, amber_threshold, red_threshold, description
          from pa.indicator order by position, code
        """, (rs, i) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
        Direction.valueOf(rs.getString(4)), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getString(8)));
  }

  public Optional<Indicator> indicator(String code) {
    return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** In the lists' order. */
  public List<ExceptionList> exceptionLists() {
    return jdbc.query("select code, name, indicator_code, description from pa.indicator_exception_list"
        + " order by position, code", (rs, i) -> new ExceptionList(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4)));
  }
}
