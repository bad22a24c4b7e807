package no.vern.intake.informing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.vern.shared.time.Deadlines;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import no.vern.subject.InformingCounts;
import no.vern.subject.PersonalDataRecords;
import org.springframework.stereotype.Component;

/**
 * The overview's Art. 14 notices overdue and due, and the records screening flagged for review:
 * each links to the rows of the informing page it counts. The roles are that page's.
 */
@Component
class InformingCounters implements OverviewCounters {

  private final PersonalDataRecords records;
  private final Clock clock;

  InformingCounters(PersonalDataRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO", "CASE_HANDLER");
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public List<OverviewCounter> counters() {
    // The Norwegian day, as the informing page counts it.
    InformingCounts counts =
        records.informingCounts(LocalDate.now(clock.withZone(Deadlines.NORWAY)));
    return List.of(
        OverviewCounter.count(
            "informing-overdue",
            "intake.overview.informing.overdue",
            counts.overdue(),
            Severity.URGENT,
            "/admin/intake/informing?due=overdue"),
        OverviewCounter.count(
            "informing-due",
            "intake.overview.informing.due",
            counts.due(),
            Severity.ATTENTION,
            "/admin/intake/informing?due=due"),
        OverviewCounter.count(
            "review",
            "intake.overview.review",
            records.reviewCount(),
            Severity.ATTENTION,
            "/admin/intake/informing#review"));
  }
}
