package no.vern.system.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers a data directory after Vern was killed without shutting down. The embedded server runs
 * as its own process, so it outlives a SIGKILL of the JVM and keeps {@code postmaster.pid}. If that
 * process still runs it is asked to stop (fast shutdown, then kill); if it is gone the stale pid
 * file is removed. PostgreSQL's crash recovery then replays the WAL, so committed data survives.
 */
final class StalePostmaster {

  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
  private static final Duration GRACE = Duration.ofSeconds(30);

  private StalePostmaster() {}

  static void recover(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<Long> pid = readPid(pidFile);
    Optional<ProcessHandle> process =
        pid.flatMap(ProcessHandle::of).filter(StalePostmaster::isPostgres);
    if (process.isPresent()) {
      log.warn(
          "A PostgreSQL server from an earlier run (pid {}) still holds the data directory; stopping it",
          pid.get());
      stop(process.get());
    } else {
      log.warn("Removing a stale postmaster.pid left by an earlier run");
    }
    Files.deleteIfExists(pidFile);
  }

  private static Optional<Long> readPid(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
  }

  private static void stop(ProcessHandle postmaster) {
    // SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the JVM, so it completes.
    postmaster.destroy();
    try {
      postmaster.onExit().get(GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("Earlier PostgreSQL did not stop within {}; killing it", GRACE);
      postmaster.destroyForcibly();
      postmaster.onExit().join();
    }
  }
}
