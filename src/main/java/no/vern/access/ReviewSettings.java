package no.vern.access;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The access review's setting (docs/need-to-know.md, "Access reviews").
 *
 * @param reviewInterval how old the last review may be before the next one is due: the DPO is
 *     mailed and the overview counts it; at most one reminder per interval
 */
@ConfigurationProperties("vern.access")
record ReviewSettings(@DefaultValue("P3M") Period reviewInterval) {

  ReviewSettings {
    if (reviewInterval.isNegative() || reviewInterval.isZero()) {
      throw new IllegalArgumentException("vern.access.review-interval: a positive period");
    }
  }
}
