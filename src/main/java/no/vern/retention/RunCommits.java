package no.vern.retention;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sweep's batches and settlement commit without waiting for the WAL to reach the disk
 * (PostgreSQL's {@code synchronous_commit = off} for that transaction only). Safe here, and only
 * here: a batch is a whole unit (records, counts and queue together) that a run redoes if it is
 * missing, and a crash can lose only the last fraction of a second of commits, never part of one.
 * The evidence that a run happened is written by its last transaction, which waits for the disk as
 * every other commit in Vern does, and so also flushes every batch before it.
 */
final class RunCommits {

  private RunCommits() {}

  /** In the caller's transaction. */
  static void withoutWaitingForTheDisk(JdbcClient jdbc) {
    jdbc.sql("SET LOCAL synchronous_commit = off").update();
  }
}
