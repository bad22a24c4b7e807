package no.vern.dsr.request;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.vern.support.VernTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the tests of what Vern meets at its edges: the organisation's case
 * system behind the webhook ({@link WebhookIT.Receiver}, a real HTTP server on this machine), an
 * OpenID Connect provider (navikt's mock-oauth2-server), and a public limit of five requests a
 * minute per client. One context for all, since every distinct configuration costs a start and a
 * connection pool. Both servers stop with the JVM.
 */
@VernTest
abstract class Edges {

  static final String SECRET = "synthetic-webhook-secret-0123456789";
  static final WebhookIT.Receiver RECEIVER = WebhookIT.Receiver.start();
  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  static final int PUBLIC_PER_MINUTE = 5;

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void edges(DynamicPropertyRegistry registry) {
    registry.add("vern.dsr.webhook-url", RECEIVER::url);
    registry.add("vern.dsr.webhook-secret", () -> SECRET);
    registry.add("vern.dsr.webhook-retry-delay", () -> "1s");
    registry.add("vern.oidc.issuer", () -> PROVIDER.issuerUrl("idporten").toString());
    registry.add("vern.oidc.client-id", () -> "vern-test");
    registry.add("vern.oidc.client-secret", () -> "vern-test-secret");
    registry.add("vern.public.requests-per-minute", () -> PUBLIC_PER_MINUTE);
  }
}
