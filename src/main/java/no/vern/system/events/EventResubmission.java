package no.vern.system.events;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.system.SystemAuditAction;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Runs the listeners of failed and stalled publications again, through Modulith, and records each
 * resubmitted publication by id on the audit trail. A listener may so run twice for one event (one
 * that only seemed stalled); Vern's listeners are written to make a second run change nothing.
 */
@Component
class EventResubmission {

  /** Younger publications are on their way to their listener: leave them alone. */
  static final Duration STALLED_AFTER = Duration.ofMinutes(1);

  private final EventPublications publications;
  private final IncompleteEventPublications incomplete;
  private final AuditTrail audit;
  private final Clock clock;

  EventResubmission(
      EventPublications publications,
      IncompleteEventPublications incomplete,
      AuditTrail audit,
      Clock clock) {
    this.publications = publications;
    this.incomplete = incomplete;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Returns how many publications were resubmitted (at most {@link EventPublications#MAX_ROWS}).
   */
  int resubmit(String actor) {
    List<UUID> ids = publications.resubmittable(clock.instant().minus(STALLED_AFTER));
    if (ids.isEmpty()) {
      return 0;
    }
    Set<UUID> chosen = new HashSet<>(ids);
    AuditActor who = AuditActor.of(actor);
    // Recorded before the listeners run: a resubmission never goes unrecorded.
    ids.forEach(
        id ->
            audit.recordDurably(
                who.did(
                    SystemAuditAction.EVENT_PUBLICATIONS_RESUBMITTED,
                    "event_publication",
                    id.toString(),
                    Outcome.SUCCESS)));
    incomplete.resubmitIncompletePublications(p -> chosen.contains(p.getIdentifier()));
    return ids.size();
  }
}
