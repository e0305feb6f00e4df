package org.practiceassurance.dipsample.internal;

import java.util.ArrayList;
import java.util.List;
import org.practiceassurance.dipsample.Compliance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The answers of a sample's reviewed files, counted in SQL by question, stratum and answer: the
 * results never load answers one by one.
 */
@Component
public class ResultsQuery {

  /** One group of answers: how many files in this stratum answered this question this way. */
  public record Cell(long questionId, String stratum, String answer, int files, int numbers, double numberSum,
      int texts) {}

  private final JdbcTemplate jdbc;

  ResultsQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Cell> cells(long sampleId) {
    return new ArrayList<>(jdbc.query("""
        select a.question_id, f.stratum, a.answer, count(*) as files, count(a.number_value) as numbers,
               coalesce(sum(a.number_value), 0) as number_sum, count(a.text_value) as texts
          from pa.dip_answer a join pa.dip_sample_file f on f.id = a.sample_file_id
         where f.dip_sample_id = ? and f.reviewed_at is not null
         group by a.question_id, f.stratum, a.answer
        """, (rs, i) -> new Cell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
        rs.getDouble(6), rs.getInt(7)), sampleId));
  }

  /** Each reviewed file's Yes, Partly and No answers to the sample's Yes/Partly/No/N/A questions (for overall compliance). */
  public List<Compliance.FileAnswers> fileAnswers(long sampleId) {
    return new ArrayList<>(jdbc.query("""
        select count(*) filter (where a.answer = 'YES'), count(*) filter (where a.answer = 'PARTLY'),
               count(*) filter (where a.answer = 'NO')
          from pa.dip_answer a join pa.dip_sample_file f on f.id = a.sample_file_id
          join pa.dip_question q on q.id = a.question_id
         where f.dip_sample_id = ? and f.reviewed_at is not null and q.answer_type = 'YES_PARTLY_NO_NA'
         group by f.id
        """, (rs, i) -> new Compliance.FileAnswers(rs.getInt(1), rs.getInt(2), rs.getInt(3)), sampleId));
  }

  /** Reviewed and total files of a sample. */
  public int[] progress(long sampleId) {
    return jdbc.queryForObject("select count(reviewed_at), count(*) from pa.dip_sample_file where dip_sample_id = ?",
        (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, sampleId);
  }
}
