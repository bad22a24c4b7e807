package no.vern.cookie.log;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.shared.VernSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed receipt of a consent id: its latest choice and every choice before it, as a compact
 * JWS (EdDSA, Ed25519) made when asked for, so it always shows the whole history. It holds what the
 * visitor chose and under which banner, notice and texts; never the client address, its hash or the
 * user agent.
 */
@Component
class CookieReceipts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A receipt: the compact JWS and its payload. */
  record Receipt(String jws, Map<String, Object> claims) {}

  private final ConsentLog log;
  private final CookieReceiptKeys keys;
  private final VernSettings vern;
  private final Clock clock;

  CookieReceipts(ConsentLog log, CookieReceiptKeys keys, VernSettings vern, Clock clock) {
    this.log = log;
    this.keys = keys;
    this.vern = vern;
    this.clock = clock;
  }

  Optional<Receipt> of(UUID consentId) {
    List<Choice> history = log.history(consentId);
    if (history.isEmpty()) {
      return Optional.empty();
    }
    List<Map<String, Object>> choices = new ArrayList<>();
    history.forEach(c -> choices.add(claims(c)));
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", vern.baseUrl());
    claims.put("sub", consentId.toString());
    claims.put("iat", clock.instant().getEpochSecond());
    claims.put("consentId", consentId.toString());
    claims.put("latest", choices.get(choices.size() - 1));
    claims.put("history", choices);
    OctetKeyPair key = keys.signing();
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            new Payload(JSON.writeValueAsString(claims)));
    try {
      jws.sign(new Ed25519Signer(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign a cookie receipt", e);
    }
    return Optional.of(new Receipt(jws.serialize(), claims));
  }

  private static Map<String, Object> claims(Choice c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recordedAt", c.recordedAt().toString());
    m.put("method", c.method());
    m.put("accepted", c.accepted());
    m.put("refused", c.refused());
    m.put("gpc", c.gpc());
    m.put("gpcApplied", c.gpcApplied());
    m.put("bannerVersion", c.bannerVersion());
    m.put("noticeVersion", c.noticeVersion());
    m.put("materialHash", c.materialHash());
    m.put("textHash", c.textHash());
    m.put("language", c.language());
    m.put("url", c.pageUrl());
    return m;
  }
}
