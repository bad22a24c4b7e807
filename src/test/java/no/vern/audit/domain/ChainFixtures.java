package no.vern.audit.domain;

import java.util.ArrayList;
import java.util.List;

/** Small, valid chains with obviously fake identifiers. */
final class ChainFixtures {

  private ChainFixtures() {}

  static ChainEntry unsealed(long id, String resourceId) {
    return new ChainEntry(
        id,
        1_700_000_000_000_000L + id,
        "USER",
        "00000000-0000-0000-0000-00000000000" + (id % 10),
        1200,
        "crm.contact",
        resourceId,
        "SUCCESS",
        "test-correlation-" + id,
        null,
        null);
  }

  static List<ChainEntry> chain(long firstId, byte[] prevHash, int length) {
    ChainHasher hasher = new ChainHasher();
    List<ChainEntry> entries = new ArrayList<>();
    byte[] prev = prevHash;
    for (long id = firstId; id < firstId + length; id++) {
      ChainEntry entry = unsealed(id, "record-" + id).sealedBy(hasher, prev);
      entries.add(entry);
      prev = entry.hash();
    }
    return entries;
  }

  static ChainEntry withResourceId(ChainEntry e, String resourceId) {
    return new ChainEntry(
        e.id(),
        e.occurredAtMicros(),
        e.actorType(),
        e.actorId(),
        e.actionCode(),
        e.resourceType(),
        resourceId,
        e.outcome(),
        e.correlationId(),
        e.reportedActor(),
        e.reason(),
        e.prevHash(),
        e.hash());
  }

  /** The same unsealed entry with the optional fields (version 2 of the canonical form). */
  static ChainEntry withOptional(ChainEntry e, String reportedActor, String reason) {
    return new ChainEntry(
        e.id(),
        e.occurredAtMicros(),
        e.actorType(),
        e.actorId(),
        e.actionCode(),
        e.resourceType(),
        e.resourceId(),
        e.outcome(),
        e.correlationId(),
        reportedActor,
        reason,
        null,
        null);
  }
}
