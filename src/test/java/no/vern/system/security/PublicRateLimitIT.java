package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The public zone turns a client away after its quota, politely and with a time to come back. */
@VernTest
@TestPropertySource(properties = "vern.public.requests-per-minute=5")
class PublicRateLimitIT {

  @LocalServerPort int port;

  @Test
  void theSixthRequestInAMinuteIsAnswered429WithRetryAfter() {
    Http http = new Http(port);
    for (int i = 1; i <= 5; i++) {
      assertThat(http.get("/privacy").statusCode()).as("request %d", i).isNotEqualTo(429);
    }
    HttpResponse<String> limited = http.get("/privacy");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(limited.body()).contains("urn:vern:problem:rate-limited");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(limited.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void theApiAndTheStylesheetAreNotCountedAgainstThePublicQuota() {
    Http http = new Http(port);
    for (int i = 0; i < 8; i++) {
      assertThat(http.get("/css/vern.css").statusCode()).isEqualTo(200);
      assertThat(http.get("/api/v1/tokens").statusCode()).isEqualTo(401);
    }
  }
}
