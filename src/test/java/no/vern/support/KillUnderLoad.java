package no.vern.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the kill tests share: load from a few threads, a kill in the middle of it, and reading the
 * audit trail back through the API afterwards. The tests decide what the load does and counts.
 */
public final class KillUnderLoad {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Something that kills Vern or its database; may wait for the process to be gone. */
  @FunctionalInterface
  public interface Kill {
    void now() throws Exception;
  }

  private KillUnderLoad() {}

  /**
   * Runs {@code drive} on {@code threads} threads for {@code load}, then {@code kill}s while they
   * are still sending, and returns once every thread has stopped. A driver loops while its flag is
   * true and counts only what was answered.
   */
  public static void run(int threads, Duration load, Consumer<AtomicBoolean> drive, Kill kill)
      throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> drive.accept(running), "load-" + t);
      thread.start();
      workers.add(thread);
    }
    Thread.sleep(load.toMillis());
    kill.now(); // mid-load: requests in flight get no answer and are not counted
    running.set(false);
    for (Thread thread : workers) {
      thread.join();
    }
  }

  /** Every audit entry the query selects, page by page through {@code /api/v1/audit/entries}. */
  public static List<JsonNode> auditEntries(Http http, String query) {
    List<JsonNode> found = new ArrayList<>();
    String before = "";
    while (true) {
      String body =
          http.send(http.api("/api/v1/audit/entries?" + query + "&limit=1000" + before).GET())
              .body();
      JsonNode page = JSON.readTree(body);
      page.get("entries").forEach(found::add);
      JsonNode next = page.get("nextBefore");
      if (next == null || next.isNull()) {
        return found;
      }
      before = "&before=" + next.asLong();
    }
  }

  /** A short random pause for a driver whose request met a killed or restarting Vern. */
  public static void pause() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(50, 150));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
