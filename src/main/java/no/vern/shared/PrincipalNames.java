package no.vern.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * The names an authenticated caller carries ({@code Authentication.getName()}): {@code user:<uuid>}
 * or {@code token:<uuid>}. Identifiers only, so they can go into logs, sessions and the audit trail
 * without putting a username (often an e-mail address) there.
 */
public final class PrincipalNames {

  public static final String USER = "user:";
  public static final String TOKEN = "token:";
  public static final String SYSTEM = "system:";

  private PrincipalNames() {}

  public static String user(UUID id) {
    return USER + id;
  }

  public static String token(UUID id) {
    return TOKEN + id;
  }

  /** Vern itself doing something, e.g. {@code system:startup}. */
  public static String system(String part) {
    return SYSTEM + part;
  }

  /** The user id in a {@code user:<uuid>} name, or empty for any other name. */
  public static Optional<UUID> userId(String name) {
    return idAfter(USER, name);
  }

  /** The token id in a {@code token:<uuid>} name, or empty for any other name. */
  public static Optional<UUID> tokenId(String name) {
    return idAfter(TOKEN, name);
  }

  private static Optional<UUID> idAfter(String prefix, String name) {
    if (name == null || !name.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(name.substring(prefix.length())));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
