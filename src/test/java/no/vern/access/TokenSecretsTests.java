package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTests {

  @Test
  void aSecretIsVernPrefixAnd32RandomBytesInBase64Url() {
    String secret = TokenSecrets.generate();
    assertThat(secret).startsWith("vern_").hasSize(5 + 43);
    byte[] raw = Base64.getUrlDecoder().decode(secret.substring(5));
    assertThat(raw).hasSize(32);
    assertThat(TokenSecrets.plausible(secret)).isTrue();
  }

  @Test
  void secretsDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(TokenSecrets.generate())).isTrue();
    }
  }

  @Test
  void theHashIsSha256OfTheWholeSecret() {
    // printf 'vern_abc' | sha256sum
    assertThat(HexFormat.of().formatHex(TokenSecrets.hash("vern_abc")))
        .isEqualTo("62411202416bfb6055abc9cc3c4317d779df3147dc8b1c1c0ed6e105fc1f5c57");
  }

  @Test
  void onlyTheStartOfTheSecretIsShownInLists() {
    String secret = TokenSecrets.generate();
    assertThat(TokenSecrets.displayPrefix(secret)).hasSize(12).isEqualTo(secret.substring(0, 12));
  }

  @Test
  void valuesThatCannotBeVernTokensAreNotLookedUp() {
    assertThat(TokenSecrets.plausible(null)).isFalse();
    assertThat(TokenSecrets.plausible("")).isFalse();
    assertThat(TokenSecrets.plausible("vern_short")).isFalse();
    assertThat(TokenSecrets.plausible("ghp_0123456789abcdef0123456789abcdef")).isFalse();
    assertThat(TokenSecrets.plausible("vern_0123456789abcdef 0123")).isFalse();
    assertThat(TokenSecrets.plausible("vern_test_bootstrap_token_0123456789abcdef")).isTrue();
  }
}
