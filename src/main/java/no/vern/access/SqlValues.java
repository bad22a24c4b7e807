package no.vern.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Conversions between Java values and the PostgreSQL column types this module uses. */
final class SqlValues {

  private SqlValues() {}

  static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static String[] roleNames(Collection<Role> roles) {
    return roles.stream().sorted().map(Role::name).toArray(String[]::new);
  }

  static Set<Role> roles(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (array != null) {
      Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
    }
    return roles;
  }
}
