package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The public zone's rate limit covers the forms: a flood from one address is turned away with 429
 * problem+json. The same limit as PublicRateLimitIT, so the two share a context; the requests come
 * from 127.0.0.2 (any 127/8 address reaches the server on Linux), an address of its own, so neither
 * test spends the other's quota.
 */
@VernTest
@TestPropertySource(properties = "vern.public.requests-per-minute=5")
class FormsRateLimitIT {

  @LocalServerPort int port;

  @Test
  void aFloodOfPostsFromOneAddressIsAnswered429() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest post =
        HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + port + "/public/forms/newsletter"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"fields\":{}}"))
            .build();
    HttpResponse<String> last = null;
    for (int i = 0; i < 6; i++) {
      last = client.send(post, HttpResponse.BodyHandlers.ofString());
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(last.body()).contains("urn:vern:problem:rate-limited");
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
  }
}
