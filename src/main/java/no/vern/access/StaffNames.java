package no.vern.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.shared.PrincipalNames;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Admin users and API tokens by name on every admin page that shows who acted (issue 16): the audit
 * trail, the consent history, a request's timeline, the grants and the inventory's versions store
 * principals ({@code user:<uuid>}, {@code token:<uuid>}) or audit actors ({@code USER} and an id),
 * and templates ask {@code ${@staff.name(...)}} for the name, falling back to the id only where
 * nobody has one (Vern itself, a deleted token).
 *
 * <p>Names come from {@link StaffDirectory}, one primary-key read per distinct principal and page:
 * a page lists a few actors many times, so the answers are kept for the request. Not for public
 * pages: a colleague's name is that colleague's personal data.
 */
@Component("staff")
public class StaffNames {

  private static final String CACHE = StaffNames.class.getName();

  private final StaffDirectory directory;

  StaffNames(StaffDirectory directory) {
    this.directory = directory;
  }

  /** The name of {@code user:<uuid>} or {@code token:<uuid>}; null for anything else or unknown. */
  public @Nullable String name(@Nullable String principal) {
    if (principal == null) {
      return null;
    }
    Map<String, Optional<String>> known = cache();
    return known.computeIfAbsent(principal, this::lookUp).orElse(null);
  }

  /** The name of an audit trail's actor: type {@code USER} or {@code API_TOKEN} and its id. */
  public @Nullable String name(@Nullable String actorType, @Nullable String actorId) {
    if (actorId == null) {
      return null;
    }
    if ("USER".equals(actorType)) {
      return name(PrincipalNames.USER + actorId);
    }
    if ("API_TOKEN".equals(actorType)) {
      return name(PrincipalNames.TOKEN + actorId);
    }
    return null;
  }

  private Optional<String> lookUp(String principal) {
    Optional<UUID> user = PrincipalNames.userId(principal);
    if (user.isPresent()) {
      return named(directory.users(List.of(user.get())).get(user.get()));
    }
    Optional<UUID> token = PrincipalNames.tokenId(principal);
    if (token.isPresent()) {
      return named(directory.tokens(List.of(token.get())).get(token.get()));
    }
    return Optional.empty();
  }

  private static Optional<String> named(@Nullable StaffMember member) {
    return member == null ? Optional.empty() : Optional.of(member.name());
  }

  /** The names looked up for this request; a fresh map outside one (a mail, a test). */
  @SuppressWarnings("unchecked")
  private static Map<String, Optional<String>> cache() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return new HashMap<>();
    }
    Object held = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
    if (held instanceof Map<?, ?> map) {
      return (Map<String, Optional<String>>) map;
    }
    Map<String, Optional<String>> fresh = new HashMap<>();
    request.setAttribute(CACHE, fresh, RequestAttributes.SCOPE_REQUEST);
    return fresh;
  }
}
