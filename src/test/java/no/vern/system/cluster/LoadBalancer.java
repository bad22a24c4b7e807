package no.vern.system.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import no.vern.support.VernProcess;

/**
 * nginx from Debian's packages as a round-robin load balancer in front of Vern instances on
 * loopback, each answer naming the instance that served it ({@code X-Vern-Upstream}). Runs in the
 * foreground as a child process with its own prefix directory, so nothing of the machine's nginx is
 * touched.
 */
final class LoadBalancer implements AutoCloseable {

  static final String NGINX = "/usr/sbin/nginx";
  static final String UPSTREAM = "X-Vern-Upstream";

  private final Process process;
  private final int port;

  private LoadBalancer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static boolean installed() {
    return Files.isExecutable(Path.of(NGINX));
  }

  static LoadBalancer roundRobin(List<Integer> instances) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx-");
    int port;
    try {
      port = VernProcess.freePort();
    } catch (Exception e) {
      throw new IOException(e);
    }
    String servers =
        instances.stream()
            .map(p -> "    server 127.0.0.1:" + p + ";")
            .collect(Collectors.joining("\n"));
    Files.writeString(
        dir.resolve("nginx.conf"),
        """
        worker_processes 1;
        daemon off;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 256; }
        http {
          access_log off;
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          upstream vern {
        %2$s
            keepalive 16;
          }
          server {
            listen 127.0.0.1:%3$d;
            location / {
              proxy_pass http://vern;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $http_host;
              add_header %4$s $upstream_addr always;
            }
          }
        }
        """
            .formatted(dir, servers, port, UPSTREAM));
    Process process =
        new ProcessBuilder(NGINX, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!listening(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
      }
      Thread.sleep(50);
    }
    return new LoadBalancer(process, port);
  }

  int port() {
    return port;
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    process.destroy();
  }
}
