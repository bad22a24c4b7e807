package no.vern.shared.web;

import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Whether the caller of an admin page holds a role, for what a page shows (a button, a link). The
 * routes themselves are guarded by {@code @PreAuthorize}; this only keeps a page from offering what
 * its reader may not do. Roles by name, as in {@code hasAnyRole}: {@code "ADMIN"}, {@code "DPO"}.
 */
public final class CallerRoles {

  private CallerRoles() {}

  public static boolean any(Authentication caller, String... roles) {
    Set<String> wanted = Set.of(roles);
    return caller.getAuthorities().stream()
        .map(a -> String.valueOf(a.getAuthority()))
        .anyMatch(a -> a.startsWith("ROLE_") && wanted.contains(a.substring("ROLE_".length())));
  }
}
