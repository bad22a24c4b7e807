package no.vern.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import org.springframework.stereotype.Component;

/**
 * The overview's "Access review due": 1 when the last access review is older than the review
 * interval (or there was none), else 0; links to the review page, whose roles these are. One read
 * of the newest review.
 */
@Component
class AccessReviewCounters implements OverviewCounters {

  private final AccessReviews reviews;
  private final Clock clock;

  AccessReviewCounters(AccessReviews reviews, Clock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO");
  }

  @Override
  public int order() {
    return 137;
  }

  @Override
  public List<OverviewCounter> counters() {
    return List.of(
        OverviewCounter.count(
            "access-review-due",
            "access.overview.reviewDue",
            reviews.dueAt(clock.instant()) ? 1 : 0,
            Severity.ATTENTION,
            "/admin/access-review"));
  }
}
