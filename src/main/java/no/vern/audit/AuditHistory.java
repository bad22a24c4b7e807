package no.vern.audit;

import java.time.Instant;
import java.util.List;

/**
 * The trail's entries about one resource, newest first, for showing a person who handled their data
 * (the access package may include it, Art. 15). Gives the kind of actor only: a staff member's or a
 * token's id stays on the trail.
 */
public interface AuditHistory {

  /** At most {@code limit} entries about the resource, newest first. */
  List<Entry> about(String resourceType, String resourceId, int limit);

  /** One entry: when, what kind of actor ({@code USER}, {@code SYSTEM}, ...), which action. */
  record Entry(Instant at, String actorType, AuditAction action, String outcome) {}
}
