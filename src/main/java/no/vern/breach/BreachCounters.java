package no.vern.breach;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import org.springframework.stereotype.Component;

/**
 * The overview's open breaches, with the time left of the most urgent 72-hour clock. A breach whose
 * clock runs is urgent by nature. Links to the register, whose roles these are; the register is
 * short (breaches are rare), so it is read whole, as its own page does.
 */
@Component
class BreachCounters implements OverviewCounters {

  private final Breaches breaches;
  private final Clock clock;

  BreachCounters(Breaches breaches, Clock clock) {
    this.breaches = breaches;
    this.clock = clock;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO", "AUDITOR");
  }

  @Override
  public int order() {
    return 96;
  }

  @Override
  public List<OverviewCounter> counters() {
    Instant now = clock.instant();
    List<BreachRow> all = breaches.all();
    List<UUID> notified = breaches.notifiedToAuthority(all);
    List<BreachLine> open =
        all.stream()
            .map(b -> BreachLine.of(b, now, notified.contains(b.id())))
            .filter(b -> b.state().equals("open") || b.state().equals("overdue"))
            .toList();
    OverviewCounter counter =
        OverviewCounter.count(
            "breaches-open",
            "breach.overview.open",
            open.size(),
            Severity.URGENT,
            "/admin/breaches");
    long overdue = open.stream().filter(b -> b.state().equals("overdue")).count();
    if (overdue > 0) {
      return List.of(counter.withNote("breach.overview.overdue", overdue));
    }
    return all.stream()
        .filter(b -> b.notifyBy().isAfter(now) && !notified.contains(b.id()))
        .filter(b -> !"not-notify".equals(b.notifyDecision()))
        .min(Comparator.comparing(BreachRow::notifyBy))
        .map(b -> counter.withNote("breach.overview.left", BreachLine.of(b, now, false).left()))
        .map(List::of)
        .orElse(List.of(counter));
  }
}
