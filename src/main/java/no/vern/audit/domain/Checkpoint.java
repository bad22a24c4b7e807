package no.vern.audit.domain;

/**
 * The signed record a purge leaves behind: which entries it removed and the hash of the last one,
 * so the first remaining entry still has something to chain to. The signature is made with a key
 * kept outside the database, so whoever can write to the database cannot forge a purge.
 */
public record Checkpoint(
    long id,
    long firstId,
    long lastId,
    byte[] lastHash,
    long entryCount,
    long createdAtMicros,
    String keyId,
    byte[] signature) {

  public Checkpoint withSignature(byte[] newSignature) {
    return new Checkpoint(
        id, firstId, lastId, lastHash, entryCount, createdAtMicros, keyId, newSignature);
  }
}
