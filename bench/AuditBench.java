import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import no.vern.VernApplication;
import no.vern.audit.TrailAuditAction;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.shared.HeadlessVern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's writers, measured from their own process through the same AuditTrail the
 * service uses (bench/audit.sh compiles it against an extracted vern.jar; it is not in the jar):
 *
 * <pre>java -cp out/audit-bench:out/vern/vern.jar AuditBench --synthetic-entries-ok
 *     [--writers=32] [--seconds=20] [--modes=chain,transaction,transaction-durably]</pre>
 *
 * Each of {@code writers} threads appends one entry after another for that long, per mode:
 * {@code chain} calls recordDurably outside a transaction (the group commit straight onto the
 * chain); {@code transaction} opens a transaction per entry and calls record in it, as an action
 * does; {@code transaction-durably} does the same with recordDurably (returns once the entry is
 * on the chain). It writes real entries (actor SYSTEM "audit-bench") to the trail of the database
 * it is pointed at, hence the required flag: for a benchmark database, never a production one.
 * Uses only the public API, so it runs against older jars too, for before-and-after figures.
 */
public final class AuditBench {

  private static final String CONFIRM = "--synthetic-entries-ok";
  private static final AuditRecord ENTRY =
      new AuditRecord(
          ActorType.SYSTEM,
          "audit-bench",
          TrailAuditAction.EXTERNAL_EVENT,
          "audit-bench",
          "synthetic",
          Outcome.SUCCESS);

  private AuditBench() {}

  public static void main(String[] args) {
    if (!List.of(args).contains(CONFIRM)) {
      System.err.println("AuditBench writes synthetic entries to the trail; add " + CONFIRM);
      System.exit(2);
    }
    int writers = Integer.parseInt(option(args, "--writers=", "32"));
    int seconds = Integer.parseInt(option(args, "--seconds=", "20"));
    String[] modes = option(args, "--modes=", "chain,transaction,transaction-durably").split(",");
    // HeadlessVern reads everything after a two-word verb as Spring settings.
    String[] settings =
        Stream.concat(
                Stream.of("audit", "bench"),
                Stream.of(args).filter(a -> !a.equals(CONFIRM) && !a.matches("--(writers|seconds|modes)=.*")))
            .toArray(String[]::new);
    int status = 0;
    try (ConfigurableApplicationContext context =
        HeadlessVern.start(VernApplication.class, settings)) {
      AuditTrail trail = context.getBean(AuditTrail.class);
      TransactionTemplate tx =
          new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
      for (String mode : modes) {
        Runnable append =
            switch (mode) {
              case "chain" -> () -> trail.recordDurably(ENTRY);
              case "transaction" -> () -> tx.executeWithoutResult(s -> trail.record(ENTRY));
              case "transaction-durably" ->
                  () -> tx.executeWithoutResult(s -> trail.recordDurably(ENTRY));
              default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
        try {
          measure(append, writers, Math.max(1, seconds / 4)); // warm-up, not counted
          long appended = measure(append, writers, seconds);
          System.out.printf(
              "audit bench %s: %d writers, %d appends in %d s, %d appends/second%n",
              mode, writers, appended, seconds, appended / seconds);
        } catch (IllegalStateException e) {
          // An older jar's record() in a transaction queued without waiting until the queue was
          // full; say so and go on with the other modes.
          Throwable cause = e;
          while (cause.getCause() != null) {
            cause = cause.getCause();
          }
          System.out.printf("audit bench %s: failed: %s%n", mode, cause);
          status = 1;
        }
      }
    } catch (RuntimeException e) {
      System.err.println("AuditBench: failed: " + e);
      status = 2;
    }
    System.exit(status);
  }

  /** Runs {@code append} from {@code writers} threads for {@code seconds}; returns how often. */
  static long measure(Runnable append, int writers, int seconds) {
    LongAdder appended = new LongAdder();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        running.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    append.run();
                    appended.increment();
                  }
                }));
      }
      for (Future<?> writer : running) {
        writer.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a writer failed", e);
    } finally {
      pool.shutdownNow();
    }
    return appended.sum();
  }

  private static String option(String[] args, String prefix, String fallback) {
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return fallback;
  }
}
