package no.vern.audit;

/**
 * Signs evidence other modules hand out (a retention sweep's purge certificate) with the key that
 * signs the trail's purge checkpoints: Ed25519, kept in files outside the database, so whoever can
 * write the database cannot forge a certificate. Verification finds old public keys by their id.
 */
public interface EvidenceSigner {

  /** The signature over {@code payload} and the id of the key that made it. */
  Signature sign(byte[] payload);

  /** Whether {@code signature} is one of this installation's keys' signatures over the payload. */
  boolean verify(byte[] payload, Signature signature);

  record Signature(String keyId, byte[] value) {}
}
