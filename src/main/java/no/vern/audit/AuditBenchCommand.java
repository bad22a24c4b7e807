package no.vern.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.shared.HeadlessVern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar vern.jar audit bench --synthetic-entries-ok [--writers=32] [--seconds=20]}:
 * measures the group commit from its own process, the way the service uses it: that many threads
 * each append durably, one after another, for that long. It writes real entries (actor SYSTEM
 * "audit-bench") onto the trail of the database it is pointed at, hence the required flag: meant
 * for a benchmark database (bench/audit.sh), never a production one.
 */
public final class AuditBenchCommand {

  private static final String CONFIRM = "--synthetic-entries-ok";

  private AuditBenchCommand() {}

  public static boolean matches(String[] args) {
    return args.length >= 2 && "audit".equals(args[0]) && "bench".equals(args[1]);
  }

  public static int run(Class<?> application, String[] args) {
    int writers = intOption(args, "--writers=", 32);
    int seconds = intOption(args, "--seconds=", 20);
    if (!List.of(args).contains(CONFIRM)) {
      System.err.println("audit bench writes synthetic entries to the trail; add " + CONFIRM);
      return 2;
    }
    try (ConfigurableApplicationContext context =
        HeadlessVern.start(application, springSettings(args))) {
      AuditTrail trail = context.getBean(AuditTrail.class);
      measure(trail, writers, Math.max(1, seconds / 4)); // warm-up, not counted
      long appended = measure(trail, writers, seconds);
      System.out.printf(
          "audit bench: %d writers, %d durable appends in %d s, %d appends/second%n",
          writers, appended, seconds, appended / seconds);
      return 0;
    } catch (RuntimeException e) {
      System.err.println("audit bench: failed: " + e);
      return 2;
    }
  }

  /** Appends durably from {@code writers} threads for {@code seconds}; returns how many. */
  static long measure(AuditTrail trail, int writers, int seconds) {
    LongAdder appended = new LongAdder();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AuditRecord record =
        new AuditRecord(
            ActorType.SYSTEM,
            "audit-bench",
            TrailAuditAction.EXTERNAL_EVENT,
            "audit-bench",
            "synthetic",
            Outcome.SUCCESS);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        running.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    trail.recordDurably(record);
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

  private static int intOption(String[] args, String prefix, int fallback) {
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return Integer.parseInt(arg.substring(prefix.length()));
      }
    }
    return fallback;
  }

  private static String[] springSettings(String[] args) {
    return List.of(args).stream()
        .filter(
            a -> !a.equals(CONFIRM) && !a.startsWith("--writers=") && !a.startsWith("--seconds="))
        .toArray(String[]::new);
  }
}
