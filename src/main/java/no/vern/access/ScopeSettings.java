package no.vern.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Need-to-know settings (docs/need-to-know.md).
 *
 * @param breakGlassPeriod how long a break-glass opening lasts: short and fixed, 1 minute to 8
 *     hours
 * @param maxGrantDays the longest a DPO or ADMIN can give a grant for
 * @param dpoEmail where a break-glass opening is flagged; blank: the DPO of the inventory in force
 */
@ConfigurationProperties("vern.access.scopes")
record ScopeSettings(
    @DefaultValue("1h") Duration breakGlassPeriod,
    @DefaultValue("366") int maxGrantDays,
    @DefaultValue("") String dpoEmail) {

  ScopeSettings {
    if (breakGlassPeriod.compareTo(Duration.ofMinutes(1)) < 0
        || breakGlassPeriod.compareTo(Duration.ofHours(8)) > 0) {
      throw new IllegalArgumentException(
          "vern.access.scopes.break-glass-period: from 1 minute to 8 hours");
    }
  }
}
