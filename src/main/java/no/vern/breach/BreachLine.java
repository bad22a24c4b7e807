package no.vern.breach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.breach.domain.BreachClock;

/**
 * A breach as the admin pages show its clock: times in Oslo with the zone, the time left, and a
 * state ({@code notified}, {@code not-notified} by decision, {@code overdue}, {@code open}).
 */
record BreachLine(
    UUID id,
    String summary,
    String type,
    String awareAt,
    String notifyBy,
    String left,
    String state,
    String risk) {

  static BreachLine of(BreachRow b, Instant now, List<NotificationRow> sent) {
    boolean notified = sent.stream().anyMatch(n -> n.recipient().equals("datatilsynet"));
    return of(b, now, notified);
  }

  static BreachLine of(BreachRow b, Instant now, boolean notified) {
    var left = BreachClock.left(b.notifyBy(), now);
    String state =
        notified
            ? "notified"
            : "not-notify".equals(b.notifyDecision())
                ? "not-notified"
                : left.isNegative() ? "overdue" : "open";
    return new BreachLine(
        b.id(),
        b.summary(),
        b.type(),
        BreachClock.shown(b.awareAt()),
        BreachClock.shown(b.notifyBy()),
        state.equals("open") || state.equals("overdue") ? BreachClock.remaining(left) : "",
        state,
        b.risk() == null ? "unassessed" : b.risk());
  }
}
