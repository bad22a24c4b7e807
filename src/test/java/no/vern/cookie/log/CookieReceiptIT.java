package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.net.http.HttpResponse;
import java.util.UUID;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The signed receipt of a consent id, verified as a visitor or an authority would verify it. */
@VernTest
class CookieReceiptIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SITE = "https://www.allowed.example.invalid";

  @LocalServerPort int port;

  @Test
  void theReceiptIsSignedWithAPublishedKeyAndHoldsTheLatestChoiceAndItsHistory() throws Exception {
    Http http = new Http(port);
    String id =
        JSON.readTree(post(http, "{\"accepted\":[\"statistics\"],\"method\":\"choose\"}").body())
            .get("consentId")
            .asString();
    post(http, "{\"consentId\":\"" + id + "\",\"method\":\"reject-all\"}");

    HttpResponse<String> answer = http.get("/public/cookies/consents/" + id + "/receipt");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/jose"));

    JWSObject jws = JWSObject.parse(answer.body());
    JWKSet keys = JWKSet.parse(http.get("/public/cookies/jwks.json").body());
    OctetKeyPair key = (OctetKeyPair) keys.getKeyByKeyId(jws.getHeader().getKeyID());
    assertThat(key).as("the signing key is published").isNotNull();
    assertThat(key.isPrivate()).isFalse();
    assertThat(jws.verify(new Ed25519Verifier(key))).isTrue();

    JsonNode claims = JSON.readTree(jws.getPayload().toString());
    assertThat(claims.get("consentId").asString()).isEqualTo(id);
    assertThat(claims.get("latest").get("method").asString()).isEqualTo("reject-all");
    assertThat(claims.get("latest").get("accepted").toString()).isEqualTo("[\"necessary\"]");
    assertThat(claims.get("history")).hasSize(2);
    assertThat(claims.get("history").get(0).get("accepted").toString())
        .isEqualTo("[\"necessary\",\"statistics\"]");
    assertThat(claims.get("latest").get("materialHash").asString()).matches("[0-9a-f]{64}");
    assertThat(jws.getPayload().toString())
        .doesNotContain("127.0.0.1")
        .doesNotContain("ReceiptTest/1.0")
        .doesNotContain("client");

    JsonNode decoded =
        JSON.readTree(http.get("/public/cookies/consents/" + id + "/receipt?format=json").body());
    assertThat(decoded.get("history")).hasSize(2);

    // Tampering with the payload breaks the signature.
    String[] parts = answer.body().split("\\.");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    jws.getPayload().toString().replace("reject-all", "accept-all").getBytes())
            + "."
            + parts[2];
    assertThat(JWSObject.parse(forged).verify(new Ed25519Verifier(key))).isFalse();
  }

  @Test
  void anUnknownConsentIdHasNoReceipt() {
    HttpResponse<String> answer =
        new Http(port).get("/public/cookies/consents/" + UUID.randomUUID() + "/receipt");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(answer.body()).get("type").asString())
        .isEqualTo("urn:vern:problem:cookie-consent-not-found");
  }

  private static HttpResponse<String> post(Http http, String body) {
    HttpResponse<String> answer =
        http.postJson(
            http.request("/public/cookies/consents")
                .header("Origin", SITE)
                .header("User-Agent", "ReceiptTest/1.0"),
            body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return answer;
  }
}
