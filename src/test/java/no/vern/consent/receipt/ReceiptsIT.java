package no.vern.consent.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentApi;
import no.vern.consent.ConsentEventId;
import no.vern.consent.ConsentReceipt;
import no.vern.consent.ConsentReceipts;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Signed receipts as a person or an authority would check them: fetch the JWKS over HTTP from the
 * public zone and verify the compact JWS with Nimbus, also after a key rotation.
 */
@VernTest
class ReceiptsIT {

  @LocalServerPort int port;
  @Autowired ConsentReceipts receipts;
  Http http;
  ConsentApi api;

  @BeforeEach
  void client() {
    http = new Http(port);
    api = new ConsentApi(http);
  }

  @Test
  void aGivenConsentHasAReceiptThatVerifiesAgainstThePublishedKeys() throws Exception {
    String email = ConsentApi.email();
    JsonNode given = api.record(email, "newsletter", "give");
    String event = given.get("event").asString();

    String jws = receiptJws(event);
    JWSObject parsed = JWSObject.parse(jws);

    assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo("EdDSA");
    assertThat(verifies(parsed, jwks())).isTrue();
    Map<String, Object> claims = parsed.getPayload().toJSONObject();
    assertThat(claims)
        .containsEntry("version", "KI-CR-v1.1.0")
        .containsEntry("jurisdiction", "NO")
        .containsEntry("consentReceiptID", event)
        .containsEntry("piiPrincipalId", "urn:uuid:" + given.get("subject").asString())
        .containsEntry("language", "nb")
        .containsEntry("collectionMethod", "api via api")
        .containsEntry("sensitive", false)
        .containsKeys("consentTimestamp", "piiControllers", "policyUrl", "services", "spiCat");
    assertThat(claims.get("policyUrl").toString())
        .endsWith("/privacy/versions/" + given.get("noticeVersion").asInt());
    String text = parsed.getPayload().toString();
    assertThat(text)
        .contains("\"piiController\":\"Brattli Kreditt AS\"")
        .contains("\"purposeCategory\":[\"newsletter\"]")
        .contains("\"consentType\":\"EXPLICIT\"")
        .contains("\"thirdPartyDisclosure\":true")
        .contains("\"@type\":\"dpv:ConsentRecord\"")
        .contains("dpv:ConsentGiven")
        .contains("\"dpv:hasLegalBasis\":{\"@id\":\"eu-gdpr:A6-1-a\"}")
        .doesNotContain(email);
  }

  @Test
  void aWithdrawalHasAReceiptAndARefusalHasNone() throws Exception {
    String email = ConsentApi.email();
    api.record(email, "newsletter", "give");
    JsonNode withdrawn = api.record(email, "newsletter", "withdraw");
    JsonNode refused = api.record(email, "sensitive-case-information", "refuse");

    JWSObject receipt = JWSObject.parse(receiptJws(withdrawn.get("event").asString()));
    assertThat(receipt.getPayload().toString()).contains("dpv:ConsentWithdrawn");
    assertThat(verifies(receipt, jwks())).isTrue();
    assertThat(refused.get("receipt").isNull()).isTrue();
    HttpResponse<String> none =
        http.send(
            http.api("/api/v1/consents/" + refused.get("event").asString() + "/receipt").GET());
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("urn:vern:problem:not-found");
  }

  @Test
  void theJsonViewAndTheJavaApiHoldTheSameReceipt() {
    JsonNode given = api.record(ConsentApi.email(), "newsletter", "give");
    String event = given.get("event").asString();

    HttpResponse<String> view = http.send(http.api("/api/v1/consents/" + event + "/receipt").GET());

    assertThat(view.statusCode()).isEqualTo(200);
    JsonNode json = ConsentApi.JSON.readTree(view.body());
    ConsentReceipt viaJava =
        receipts.receiptFor(new ConsentEventId(UUID.fromString(event))).orElseThrow();
    assertThat(json.get("jws").asString()).isEqualTo(viaJava.jws());
    assertThat(json.get("kid").asString()).isEqualTo(viaJava.kid());
    assertThat(json.get("claims").get("consentReceiptID").asString()).isEqualTo(event);
  }

  @Test
  void afterARotationNewReceiptsUseTheNewKeyAndOldOnesStillVerify() throws Exception {
    JWSObject before =
        JWSObject.parse(
            receiptJws(
                api.record(ConsentApi.email(), "newsletter", "give").get("event").asString()));

    HttpResponse<String> rotated =
        http.send(
            http.api("/api/v1/consents/receipt-keys").POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
    String newKid = ConsentApi.JSON.readTree(rotated.body()).get("kid").asString();
    JWSObject after =
        JWSObject.parse(
            receiptJws(
                api.record(ConsentApi.email(), "newsletter", "give").get("event").asString()));

    JWKSet keys = jwks();
    assertThat(after.getHeader().getKeyID())
        .isEqualTo(newKid)
        .isNotEqualTo(before.getHeader().getKeyID());
    assertThat(keys.getKeys().stream().map(JWK::getKeyID).toList())
        .contains(before.getHeader().getKeyID(), newKid);
    assertThat(verifies(before, keys)).isTrue();
    assertThat(verifies(after, keys)).isTrue();
  }

  @Test
  void theKeySetIsPublicAndHoldsNoPrivateKey() {
    HttpResponse<String> response = http.get("/.well-known/jwks.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    JsonNode keys = ConsentApi.JSON.readTree(response.body()).get("keys");
    assertThat(keys.size()).isPositive();
    keys.forEach(
        k -> {
          assertThat(k.get("kty").asString()).isEqualTo("OKP");
          assertThat(k.get("crv").asString()).isEqualTo("Ed25519");
          assertThat(k.has("d")).isFalse();
        });
  }

  @Test
  void onlyAnAdministratorMayRotate() {
    String integrator = http.tokenWithRole("INTEGRATOR");
    HttpResponse<String> refused =
        http.send(
            http.request("/api/v1/consents/receipt-keys")
                .header("Authorization", "Bearer " + integrator)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aTamperedReceiptDoesNotVerify() throws Exception {
    String jws =
        receiptJws(api.record(ConsentApi.email(), "newsletter", "give").get("event").asString());
    String[] parts = jws.split("\\.");
    String forged =
        parts[0]
            + "."
            + com.nimbusds.jose.util.Base64URL.encode(
                new String(
                        com.nimbusds.jose.util.Base64URL.from(parts[1]).decode(),
                        java.nio.charset.StandardCharsets.UTF_8)
                    .replace("ConsentGiven", "ConsentRefused"))
            + "."
            + parts[2];
    assertThat(verifies(JWSObject.parse(forged), jwks())).isFalse();
  }

  private String receiptJws(String event) {
    HttpResponse<String> response =
        http.send(
            http.api("/api/v1/consents/" + event + "/receipt")
                .header("Accept", "application/jwt")
                .GET());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/jwt");
    return response.body();
  }

  private JWKSet jwks() throws Exception {
    HttpResponse<String> response = http.get("/.well-known/jwks.json");
    assertThat(response.statusCode()).isEqualTo(200);
    return JWKSet.parse(response.body());
  }

  private static boolean verifies(JWSObject jws, JWKSet keys) throws Exception {
    JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());
    if (key == null) {
      return false;
    }
    return jws.verify(new Ed25519Verifier((OctetKeyPair) key));
  }
}
