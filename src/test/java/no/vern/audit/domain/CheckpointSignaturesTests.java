package no.vern.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

class CheckpointSignaturesTests {

  @Test
  void aSignatureCoversEveryField() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    var unsigned =
        new Checkpoint(
            3, 1, 10, new byte[32], 10, 1_700_000_000_000_000L, "0123456789abcdef", null);
    Checkpoint signed =
        unsigned.withSignature(CheckpointSignatures.sign(unsigned, keys.getPrivate()));
    assertThat(CheckpointSignatures.verify(signed, keys.getPublic())).isTrue();

    var moreRemoved =
        new Checkpoint(
            3,
            1,
            11,
            new byte[32],
            11,
            1_700_000_000_000_000L,
            "0123456789abcdef",
            signed.signature());
    assertThat(CheckpointSignatures.verify(moreRemoved, keys.getPublic())).isFalse();
    byte[] damaged = signed.signature().clone();
    damaged[0] ^= 1;
    assertThat(CheckpointSignatures.verify(signed.withSignature(damaged), keys.getPublic()))
        .isFalse();
    assertThat(CheckpointSignatures.verify(signed.withSignature(new byte[3]), keys.getPublic()))
        .isFalse();
  }
}
