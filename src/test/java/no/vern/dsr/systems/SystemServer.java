package no.vern.dsr.systems;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A connected system in the test: a small HTTP server on loopback that answers every task with one
 * status and keeps what it received (body and signature header).
 */
final class SystemServer implements AutoCloseable {

  record Received(String signature, String body) {}

  private final HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();

  SystemServer(int status) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/tasks",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(exchange.getRequestHeaders().getFirst("X-Vern-Signature"), body));
          byte[] answer = "{\"error\":\"synthetic\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  /**
   * The first post whose body passes the test, waiting for it: the scheduled dispatcher may have
   * claimed the task just before the test's own dispatch, and then the post arrives from its
   * thread.
   */
  Received awaitReceived(Predicate<String> body) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    while (true) {
      var found = received.stream().filter(r -> body.test(r.body())).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("No matching post within 15 s; received " + received.size());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/tasks";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
