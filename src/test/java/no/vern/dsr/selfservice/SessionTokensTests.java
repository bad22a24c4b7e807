package no.vern.dsr.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.junit.jupiter.api.Test;

class SessionTokensTests {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private static SessionTokens tokens() throws Exception {
    PrfConfig.register();
    return new SessionTokens(
        new SessionKeys(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF)));
  }

  @Test
  void aSessionNamesItsPersonUntilItExpiresAndNotASecondLonger() throws Exception {
    SessionTokens tokens = tokens();
    SubjectId person = new SubjectId(UUID.randomUUID());
    String token = tokens.issue(person, NOW.plus(Duration.ofMinutes(15)));

    assertThat(tokens.read(token, NOW)).contains(person);
    assertThat(tokens.read(token, NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)))
        .contains(person);
    assertThat(tokens.read(token, NOW.plus(Duration.ofMinutes(15)))).isEmpty();
  }

  @Test
  void anAlteredForgedOrForeignSessionNamesNobody() throws Exception {
    SessionTokens tokens = tokens();
    String token = tokens.issue(new SubjectId(UUID.randomUUID()), NOW.plusSeconds(900));
    char last = token.charAt(token.length() - 1);
    String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(tokens.read(altered, NOW)).isEmpty();
    assertThat(tokens.read(token.substring(0, token.indexOf('.')), NOW)).isEmpty();
    assertThat(tokens.read("", NOW)).isEmpty();
    assertThat(tokens.read("x".repeat(500), NOW)).isEmpty();
    // Signed with another key: another installation's session is worth nothing here.
    assertThat(tokens().read(token, NOW)).isEmpty();
  }
}
