package no.vern.retention;

import no.vern.subject.RecordErasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sweep's last step: of the people whose records its batches erased (queued in {@code
 * retention_sweep_touched}), those left with no record lose their identifiers and their reported
 * retention events, as an erasure of their last record always does. Asked once per person at the
 * end rather than after every batch: a person's records may lie in many batches, and the question
 * "is anything left" costs a look-up into the records each time (most of a batch's time at
 * 10,000,000 records, bench/RETENTION.md). The queue is committed with each batch, so a run killed
 * before this step leaves it for the next run, which settles it; until then a person without
 * records may keep identifiers for the length of one sweep, never longer.
 */
@Repository
class SweepSettlement {

  private final JdbcClient jdbc;
  private final RecordErasure erasure;

  SweepSettlement(JdbcClient jdbc, RecordErasure erasure) {
    this.jdbc = jdbc;
    this.erasure = erasure;
  }

  /** Settles at most {@code size} queued people in the caller's transaction; how many it took. */
  int settle(int size) {
    return jdbc.sql(
            "WITH settled AS (DELETE FROM retention_sweep_touched WHERE subject_id IN (SELECT"
                + " subject_id FROM retention_sweep_touched LIMIT :size FOR UPDATE SKIP LOCKED)"
                + " RETURNING subject_id),\n"
                + erasure.peopleLeftWithout("settled")
                + ",\nforgotten AS (DELETE FROM retention_subject_event"
                + " WHERE subject_id IN (SELECT subject_id FROM emptied))\n"
                + "SELECT count(*) FROM settled")
        .param("size", size)
        .query(Integer.class)
        .single();
  }
}
