package no.vern.system.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code vern.events.incomplete}: how many event publications wait for their listener. It should
 * fall back to zero within seconds; a value that stays up means a reaction keeps failing (see
 * /admin/events). Read from the database at each scrape, so every instance reports the same.
 */
@Component
class IncompleteEventsMetric implements MeterBinder {

  private final EventPublications publications;

  IncompleteEventsMetric(EventPublications publications) {
    this.publications = publications;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("vern.events.incomplete", publications, EventPublications::countIncomplete)
        .description("Event publications whose module listener has not finished")
        .register(registry);
  }
}
