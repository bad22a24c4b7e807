package no.vern.audit.domain;

import org.jspecify.annotations.Nullable;

/**
 * One entry as it is hashed and stored. The time is in microseconds since the epoch because that is
 * what PostgreSQL keeps; hashing finer time would make every stored entry fail verification.
 *
 * @param reportedActor who an integrator says acted (its own opaque reference); null on entries
 *     that report nothing, which includes every entry written before the field existed
 * @param reason a code saying why the entry was denied or failed; null when there is none
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
    @Nullable String reportedActor,
    @Nullable String reason,
    byte @Nullable [] prevHash,
    byte @Nullable [] hash) {

  /** An entry without the optional fields, as every entry before V0019 was. */
  public ChainEntry(
      long id,
      long occurredAtMicros,
      String actorType,
      String actorId,
      int actionCode,
      String resourceType,
      String resourceId,
      String outcome,
      String correlationId,
      byte @Nullable [] prevHash,
      byte @Nullable [] hash) {
    this(
        id,
        occurredAtMicros,
        actorType,
        actorId,
        actionCode,
        resourceType,
        resourceId,
        outcome,
        correlationId,
        null,
        null,
        prevHash,
        hash);
  }

  /** The same entry at another place on the chain, not yet sealed. */
  public ChainEntry withId(long newId) {
    return placed(newId, null, null);
  }

  /** The same entry, sealed onto the chain after {@code prevHash}. */
  public ChainEntry sealedBy(ChainHasher hasher, byte[] prevHash) {
    return placed(id, prevHash, hasher.hash(this, prevHash));
  }

  /** The same facts with the given place on the chain and hashes. */
  public ChainEntry placed(long newId, byte @Nullable [] newPrevHash, byte @Nullable [] newHash) {
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
        reportedActor,
        reason,
        newPrevHash,
        newHash);
  }
}
