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

  /** About how many queued ids a page of the queue holds (a uuid and the tuple header). */
  private static final int IDS_PER_PAGE = 180;

  private final JdbcClient jdbc;
  private final RecordErasure erasure;

  SweepSettlement(JdbcClient jdbc, RecordErasure erasure) {
    this.jdbc = jdbc;
    this.erasure = erasure;
  }

  /** How many pages of the queue a settlement of about {@code size} people takes at once. */
  static long step(int size) {
    return Math.max(1, size / IDS_PER_PAGE);
  }

  /**
   * Leaves each person on the queue once (by the subject others were merged into), in subject
   * order, in the caller's transaction. A batch queues the people it erased from without asking
   * whether an earlier batch queued them already (an index to ask would cost every batch); a person
   * whose records lie in ten batches is queued ten times, and settling the queue as written would
   * ask ten times whether anything of them is left (bench/RETENTION.md). One sort of the whole
   * queue costs far less than those probes. Atomic: a run killed here keeps the queue as it was.
   */
  void compact() {
    RunCommits.withoutWaitingForTheDisk(jdbc);
    // First the lock, then the read: a batch of a run still at work after its lease ran out (a
    // stalled instance) either committed before it, and is read and kept, or waits and appends
    // after the truncation. Without the lock, the truncation could take rows committed after the
    // read, and those people would keep identifiers with no record left to queue them again.
    jdbc.sql("LOCK TABLE retention_sweep_touched IN ACCESS EXCLUSIVE MODE").update();
    // A merged subject as the one it was merged into: the settlement asks about the whole person,
    // so two ranges never settle the same person (two workers, Sweeper) and never wait on each
    // other's identifier rows.
    jdbc.sql(
            "CREATE TEMP TABLE retention_settling ON COMMIT DROP AS"
                + " SELECT DISTINCT coalesce(m.merged_into, t.subject_id) AS subject_id"
                + " FROM retention_sweep_touched t"
                + " LEFT JOIN subject m ON m.id = t.subject_id AND m.merged_into IS NOT NULL")
        .update();
    jdbc.sql("TRUNCATE retention_sweep_touched").update();
    jdbc.sql(
            "INSERT INTO retention_sweep_touched (subject_id)"
                + " SELECT subject_id FROM retention_settling ORDER BY subject_id")
        .update();
  }

  /** The queue's length in pages now; settled from page 0 up to it. */
  long pages() {
    return jdbc.sql(
            "SELECT pg_relation_size('retention_sweep_touched')"
                + " / current_setting('block_size')::bigint")
        .query(Long.class)
        .single();
  }

  /**
   * Settles the people queued on the queue's pages {@code [page, page + step)} in the caller's
   * transaction, and takes them off the queue; how many it took. Pages in order, as the queue was
   * written, so no batch reads past what earlier batches took (by the index, every batch would walk
   * the entries those deleted, dead until VACUUM).
   */
  int settle(long page, long step) {
    RunCommits.withoutWaitingForTheDisk(jdbc);
    // Numbers in the text, not parameters: a generic plan reads the whole queue.
    return jdbc.sql(
            "WITH settled AS (DELETE FROM retention_sweep_touched WHERE ctid >= '("
                + page
                + ",0)'::tid AND ctid < '("
                + (page + step)
                + ",0)'::tid RETURNING subject_id),\n"
                + erasure.peopleLeftWithout("settled")
                + ",\nforgotten AS (DELETE FROM retention_subject_event"
                + " WHERE subject_id IN (SELECT subject_id FROM emptied))\n"
                + "SELECT count(*) FROM settled")
        .query(Integer.class)
        .single();
  }
}
