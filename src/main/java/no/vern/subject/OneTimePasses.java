package no.vern.subject;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of {@code subject_identifier_pass}: one per one-time pass over stored data (the phone
 * numbers' E.164 form, the names' index) once it has gone through every row, so that it runs once
 * however often Vern restarts. Counts only, never a value.
 */
final class OneTimePasses {

  private final JdbcClient jdbc;

  OneTimePasses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean finished(String pass) {
    return jdbc.sql("SELECT count(*) FROM subject_identifier_pass WHERE name = ?")
            .param(pass)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Marks the pass finished, with the counts of the run that finished it. */
  void finish(String pass, Instant at, long reindexed, long removed, long suggested, long left) {
    jdbc.sql(
            """
            INSERT INTO subject_identifier_pass
              (name, completed_at, reindexed, removed, suggested, left_as_is)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING""")
        .params(
            pass,
            Timestamp.from(at),
            (int) Math.min(reindexed, Integer.MAX_VALUE),
            (int) Math.min(removed, Integer.MAX_VALUE),
            (int) Math.min(suggested, Integer.MAX_VALUE),
            (int) Math.min(left, Integer.MAX_VALUE))
        .update();
  }
}
