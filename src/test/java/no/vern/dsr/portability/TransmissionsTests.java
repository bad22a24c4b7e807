package no.vern.dsr.portability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import no.vern.dsr.DsrAnswerSettings;
import org.junit.jupiter.api.Test;

/**
 * Where Vern will send a person's data: public HTTPS endpoints only, judged after the name is
 * resolved, and connected to at the address that was judged.
 */
class TransmissionsTests {

  private static DsrAnswerSettings settings(boolean allowLocal) {
    return new DsrAnswerSettings(
        Duration.ofHours(72),
        Duration.ofMinutes(15),
        "",
        false,
        Duration.ofSeconds(5),
        allowLocal,
        false);
  }

  private static Transmissions transmissions(boolean allowLocal) {
    return new Transmissions(null, null, null, settings(allowLocal), null, Clock.systemUTC());
  }

  /** A resolver answering from a table, counting its look-ups. */
  private static Transmissions.Resolver names(Map<String, String> table, AtomicInteger lookups) {
    return host -> {
      lookups.incrementAndGet();
      String address = table.get(host);
      if (address == null) {
        throw new UnknownHostException(host);
      }
      return new InetAddress[] {InetAddress.getByName(address)};
    };
  }

  @Test
  void anythingButAPublicHttpsAddressIsRefusedBeforeAnythingIsSent() {
    Transmissions strict = transmissions(false);

    assertThat(strict.target("http://203.0.113.10/import")).isNull();
    assertThat(strict.target("https://127.0.0.1/import")).isNull();
    assertThat(strict.target("https://localhost:8443/import")).isNull();
    assertThat(strict.target("https://10.1.2.3/import")).isNull();
    assertThat(strict.target("https://172.16.5.4/import")).isNull();
    assertThat(strict.target("https://192.168.1.1/import")).isNull();
    assertThat(strict.target("https://100.64.0.1/import")).isNull();
    assertThat(strict.target("https://0.0.0.0/import")).isNull();
    assertThat(strict.target("https://169.254.169.254/latest/meta-data")).isNull();
    assertThat(strict.target("https://[::1]/import")).isNull();
    assertThat(strict.target("https://[fe80::1]/import")).isNull();
    assertThat(strict.target("https://[fd00::1]/import")).isNull();
    assertThat(strict.target("https://[::ffff:10.0.0.1]/import")).isNull();
    assertThat(strict.target("https://user:secret@203.0.113.10/import")).isNull();
    assertThat(strict.target("ftp://203.0.113.10/import")).isNull();
    assertThat(strict.target("not a url")).isNull();
    assertThat(strict.target("https://203.0.113.10/import")).isNotNull();
    assertThat(strict.target("https://[2001:4860:4860::8888]/import")).isNotNull();
  }

  @Test
  void aNameIsJudgedByWhatItResolvesTo() {
    AtomicInteger lookups = new AtomicInteger();
    var strict =
        new Transmissions(
            null,
            null,
            null,
            settings(false),
            null,
            Clock.systemUTC(),
            names(
                Map.of(
                    "inside.example.invalid", "10.0.0.7",
                    "metadata.example.invalid", "169.254.169.254",
                    "cases.example.invalid", "203.0.113.20"),
                lookups));

    assertThat(strict.target("https://inside.example.invalid/import")).isNull();
    assertThat(strict.target("https://metadata.example.invalid/import")).isNull();
    assertThat(strict.target("https://nowhere.example.invalid/import")).isNull();
    Transmissions.Target target = strict.target("https://cases.example.invalid/import");
    assertThat(target).isNotNull();
    assertThat(target.address().getHostAddress()).isEqualTo("203.0.113.20");
  }

  @Test
  void thePostGoesToTheAddressThatWasCheckedNotToAFreshLookUp() throws Exception {
    // A name that answers this machine at the check and somewhere else afterwards: the post must
    // arrive at the first answer, and the name must be looked up only once.
    AtomicInteger lookups = new AtomicInteger();
    Transmissions.Resolver rebinding =
        host ->
            new InetAddress[] {
              InetAddress.getByName(lookups.incrementAndGet() == 1 ? "127.0.0.1" : "192.0.2.1")
            };
    List<String> hosts = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/import",
        exchange -> {
          hosts.add(exchange.getRequestHeaders().getFirst("Host"));
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try {
      int port = server.getAddress().getPort();
      var local =
          new Transmissions(null, null, null, settings(true), null, Clock.systemUTC(), rebinding);
      Transmissions.Target target =
          local.target("http://cases.example.invalid:" + port + "/import?from=vern");

      int status =
          PinnedPost.post(
              target.uri(),
              target.address(),
              "{\"format\":\"vern-portability/1\"}".getBytes(StandardCharsets.UTF_8),
              Duration.ofSeconds(5));

      assertThat(status).isEqualTo(204);
      assertThat(hosts).containsExactly("cases.example.invalid:" + port);
      assertThat(lookups).hasValue(1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void testsMayAllowPlainHttpOnThisMachine() {
    assertThat(transmissions(true).target("http://127.0.0.1:8089/import")).isNotNull();
    assertThat(transmissions(true).target("http://127.0.0.1:8089/import").uri())
        .isEqualTo(URI.create("http://127.0.0.1:8089/import"));
  }
}
