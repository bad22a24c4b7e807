package no.vern.dsr.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.vern.support.Http;
import no.vern.support.TestClientAddresses;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenID Connect sign-in has a security chain of its own, but not a budget of its own: its
 * requests count in the same per-client buckets as {@code /rights}.
 */
class SignInRateLimitIT extends Edges {

  @LocalServerPort int port;

  @Test
  void aClientThatSpentItsPublicBudgetOnRightsIsTurnedAwayFromTheSignInToo() {
    Http http = new Http(port);
    String client = "192.0.2.61";
    for (int i = 1; i < PUBLIC_PER_MINUTE; i++) {
      assertThat(get(http, "/rights?lang=en", client).statusCode()).isEqualTo(200);
    }
    assertThat(get(http, "/rights/signin/oidc/start/rights", client).statusCode()).isEqualTo(302);

    HttpResponse<String> limited = get(http, "/rights/signin/oidc/start/rights", client);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("urn:vern:problem:rate-limited");
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(get(http, "/rights/signin/oidc/callback/rights?code=x&state=y", client).statusCode())
        .isEqualTo(429);
    assertThat(get(http, "/rights/signin/oidc/start/rights", "192.0.2.62").statusCode())
        .isEqualTo(302);
  }

  private static HttpResponse<String> get(Http http, String path, String client) {
    return http.send(http.request(path).header(TestClientAddresses.HEADER, client).GET());
  }
}
