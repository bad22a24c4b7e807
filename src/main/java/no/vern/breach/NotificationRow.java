package no.vern.breach;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code breach_notification}: a notification given, to whom, when, how. */
record NotificationRow(
    UUID id,
    UUID breach,
    String recipient,
    String phase,
    Instant notifiedAt,
    String channel,
    @Nullable String reference,
    @Nullable String adds,
    boolean late,
    @Nullable String delayReasons,
    String recordedBy,
    Instant recordedAt) {

  /** When, in Oslo time with the zone, for the pages. */
  String shownAt() {
    return no.vern.breach.domain.BreachClock.shown(notifiedAt);
  }
}
