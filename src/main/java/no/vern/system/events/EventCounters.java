package no.vern.system.events;

import java.util.List;
import java.util.Set;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import org.springframework.stereotype.Component;

/**
 * The overview's incomplete event publications (a listener that has not finished, so some module
 * has not yet reacted): the index on {@code completion_date} answers it. Links to the reactions
 * page, whose roles these are.
 */
@Component
class EventCounters implements OverviewCounters {

  private final EventPublications publications;

  EventCounters(EventPublications publications) {
    this.publications = publications;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO");
  }

  @Override
  public int order() {
    return 114;
  }

  @Override
  public List<OverviewCounter> counters() {
    return List.of(
        OverviewCounter.count(
            "events-incomplete",
            "events.overview.incomplete",
            publications.countIncomplete(),
            Severity.ATTENTION,
            "/admin/events"));
  }
}
