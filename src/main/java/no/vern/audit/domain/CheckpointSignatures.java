package no.vern.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/** Ed25519 over a fixed binary form of the checkpoint's fields (everything but the signature). */
public final class CheckpointSignatures {

  private static final byte[] TAG = "vern-audit-checkpoint-v1".getBytes(StandardCharsets.US_ASCII);

  private CheckpointSignatures() {}

  public static byte[] sign(Checkpoint checkpoint, PrivateKey key) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(signedForm(checkpoint));
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign audit checkpoint " + checkpoint.id(), e);
    }
  }

  /** False for a wrong, damaged or missing signature or key; never throws for bad input. */
  public static boolean verify(Checkpoint checkpoint, PublicKey key) {
    if (key == null || checkpoint.signature() == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(signedForm(checkpoint));
      return verifier.verify(checkpoint.signature());
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  static byte[] signedForm(Checkpoint c) {
    byte[] keyId = c.keyId().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(TAG.length + 5 * Long.BYTES + 8 + c.lastHash().length + keyId.length)
        .put(TAG)
        .putLong(c.id())
        .putLong(c.firstId())
        .putLong(c.lastId())
        .putLong(c.entryCount())
        .putLong(c.createdAtMicros())
        .putInt(c.lastHash().length)
        .put(c.lastHash())
        .putInt(keyId.length)
        .put(keyId)
        .array();
  }
}
