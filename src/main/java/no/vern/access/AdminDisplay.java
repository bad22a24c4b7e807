package no.vern.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** How the admin pages show times and roles: plain text, UTC, the same for every reader. */
final class AdminDisplay {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private AdminDisplay() {}

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  static String roles(Collection<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
  }
}
