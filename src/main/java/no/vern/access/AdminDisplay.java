package no.vern.access;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import no.vern.shared.VernSettings;
import no.vern.shared.time.ShownTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How the access pages show times and roles: plain text, the same for every reader. Times are in
 * the installation's zone ({@code VERN_TIME_ZONE}) with the zone written beside them, as {@code
 * system.web.Times} writes them on every other admin page: "2026-03-01 14:05 CET".
 */
@Component
final class AdminDisplay {

  private final DateTimeFormatter minutes;

  AdminDisplay(VernSettings settings) {
    this.minutes = ShownTimes.minutes(settings.timeZone());
  }

  String time(@Nullable Instant instant) {
    return instant == null ? "" : minutes.format(instant);
  }

  static String roles(Collection<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
  }
}
