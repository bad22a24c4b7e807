package no.vern.dsr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTests {

  @Test
  void theSignatureIsTheStandardHmacSha256InHexSoAnyReceiverCanCheckIt() {
    assertThat(Signatures.sign("key", "The quick brown fox jumps over the lazy dog"))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void aSignedBodyIsAcceptedWithinTheToleranceAndRefusedWhenChangedOrOld() {
    String header = Signatures.header("secret", 1_000, "{\"status\":\"completed\"}");
    assertThat(Signatures.valid("secret", header, "{\"status\":\"completed\"}", 1_100, 300))
        .isTrue();
    assertThat(Signatures.valid("secret", header, "{\"status\":\"denied\"}", 1_100, 300)).isFalse();
    assertThat(Signatures.valid("other", header, "{\"status\":\"completed\"}", 1_100, 300))
        .isFalse();
    assertThat(Signatures.valid("secret", header, "{\"status\":\"completed\"}", 2_000, 300))
        .isFalse();
    assertThat(Signatures.valid("secret", "v1=abc", "{}", 1_000, 300)).isFalse();
  }
}
