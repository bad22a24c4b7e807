package no.vern.fuzz;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends fuzzed requests to a running Vern and counts what breaks the rules; used by {@code FuzzIT}
 * (in the test JVM) and by {@code bench/fuzz.sh} (against a Vern of its own):
 *
 * <pre>java no.vern.fuzz.FuzzRun URL TOKEN REQUESTS LOG [SEED]</pre>
 *
 * It prints the tally and the number of log lines holding the run's canary, and exits 1 when
 * anything is found.
 */
public final class FuzzRun {

  private FuzzRun() {}

  /** Random letters, unlikely anywhere else, put into every value the requests carry. */
  public static String canary() {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder("vfz");
    for (int i = 0; i < 12; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  public static FuzzTally run(
      String host,
      int port,
      String token,
      String canary,
      long seed,
      int requests,
      int threads,
      boolean sharedContext)
      throws InterruptedException {
    FuzzTally tally = new FuzzTally();
    FuzzRequests generator =
        new FuzzRequests(seed, canary, host + ":" + port, token, sharedContext);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < requests; i++) {
      FuzzRequests.Fuzzed request;
      synchronized (generator) {
        request = generator.next();
      }
      pool.execute(
          () -> {
            RawHttp.Answer answer;
            long start = System.nanoTime();
            try {
              answer = RawHttp.send(host, port, request.bytes(), 10_000);
            } catch (IOException e) {
              answer = RawHttp.parse(new byte[0]);
            }
            tally.record(request, answer, (System.nanoTime() - start) / 1_000_000);
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    return tally;
  }

  /** Lines of the log that hold the canary, i.e. a value the requests sent. */
  public static long canaryLines(String log, String canary) {
    return log.lines().filter(line -> line.contains(canary)).count();
  }

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    String token = args[1];
    int requests = Integer.parseInt(args[2]);
    Path log = Path.of(args[3]);
    long seed = args.length > 4 ? Long.parseLong(args[4]) : new SecureRandom().nextLong();
    String canary = canary();
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    long started = System.nanoTime();
    FuzzTally tally = run(url.getHost(), url.getPort(), token, canary, seed, requests, 4, false);
    double seconds = (System.nanoTime() - started) / 1e9;
    Thread.sleep(2000); // let the server's log catch up
    byte[] all = Files.readAllBytes(log);
    String written =
        new String(
            all,
            (int) Math.min(logStart, all.length),
            (int) Math.max(0, all.length - logStart),
            StandardCharsets.UTF_8);
    long leaks = canaryLines(written, canary);
    System.out.println(tally.report());
    System.out.printf("seed: %d, canary: %s, %.1f s%n", seed, canary, seconds);
    System.out.println("log lines holding the canary: " + leaks);
    boolean clean =
        tally.serverErrors() == 0
            && tally.notProblems() == 0
            && tally.withoutHeaders() == 0
            && leaks == 0;
    System.exit(clean ? 0 : 1);
  }
}
