package no.vern.audit.domain;

/**
 * One entry as it is hashed and stored. The time is in microseconds since the epoch because that is
 * what PostgreSQL keeps; hashing finer time would make every stored entry fail verification.
 */
public record ChainEntry(
    long id,
    long occurredAtMicros,
    String actorType,
    String actorId,
    int actionCode,
    String resourceType,
    String resourceId,
    String outcome,
    String correlationId,
    byte[] prevHash,
    byte[] hash) {

  /** The same entry at another place on the chain, not yet sealed. */
  public ChainEntry withId(long newId) {
    return new ChainEntry(
        newId,
        occurredAtMicros,
        actorType,
        actorId,
        actionCode,
        resourceType,
        resourceId,
        outcome,
        correlationId,
        null,
        null);
  }

  /** The same entry, sealed onto the chain after {@code prevHash}. */
  public ChainEntry sealedBy(ChainHasher hasher, byte[] prevHash) {
    return new ChainEntry(
        id,
        occurredAtMicros,
        actorType,
        actorId,
        actionCode,
        resourceType,
        resourceId,
        outcome,
        correlationId,
        prevHash,
        hasher.hash(this, prevHash));
  }
}
