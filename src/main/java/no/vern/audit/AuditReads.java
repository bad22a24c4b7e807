package no.vern.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reads of personal data ({@link ReadOfPersonalData} actions) about a set of resources, newest
 * first, with who read: for "who has looked at this person", where the caller (the module that owns
 * the person) names the person's ids and records. It gives the actor's id, for the caller to show
 * by name, or by role, to those allowed to see it.
 */
public interface AuditReads {

  /**
   * At most {@code limit} reads of the resources, newest first, older than the entry {@code before}
   * when given (keyset paging: the smallest entry id of the previous page).
   */
  List<Read> of(Collection<Resource> resources, @Nullable Long before, int limit);

  /**
   * When each actor last read personal data (the newest of their {@link ReadOfPersonalData}
   * entries), for the access review; an actor who never did is absent. One backward probe of the
   * actor index per actor, stopping at their first read: the trail is never scanned as a whole.
   */
  Map<AuditActor, Instant> lastReadBy(Collection<AuditActor> actors);

  /** A resource as the trail names it, such as {@code subject} + id or {@code record} + id. */
  record Resource(String type, String id) {}

  /** One read: the entry's id (for paging), when, who ({@code USER} + id, ...) and which action. */
  record Read(
      long entry,
      Instant at,
      String actorType,
      String actorId,
      AuditAction action,
      String outcome) {}
}
