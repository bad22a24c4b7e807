package no.vern.dsr.selfservice;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real OpenID Connect provider in this JVM (navikt's mock-oauth2-server, standing in for
 * ID-porten), started once and shared: the tests that extend this class share one application
 * context configured for it. It stops with the JVM.
 */
abstract class MockProvider {

  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry properties) {
    properties.add("vern.oidc.issuer", () -> PROVIDER.issuerUrl("idporten").toString());
    properties.add("vern.oidc.client-id", () -> "vern-test");
    properties.add("vern.oidc.client-secret", () -> "vern-test-secret");
    // The receiving controller in SelfServiceIT is plain HTTP on this machine.
    properties.add("vern.dsr.answers.transmission-allow-local", () -> "true");
    // And the packages of this context list the trail's entries about the person.
    properties.add("vern.dsr.answers.include-read-log", () -> "true");
  }

  /** The next sign-in is this person's: an ID token with {@code pid}, as ID-porten sends it. */
  static void nextSignInIs(String nationalId) {
    PROVIDER.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "idporten",
            "synthetic-sub",
            "JWT",
            List.of("vern-test"),
            Map.of("pid", nationalId),
            120));
  }
}
