package no.vern.audit;

import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.shared.PrincipalNames;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who did something, as the trail records it. Built from a principal name ({@code user:<uuid>},
 * {@code token:<uuid>}, {@code system:<name>}) or the current request's authentication; anything
 * else becomes ANONYMOUS with no id, because an unknown name (a username, say) could be personal
 * data and must never reach the trail.
 */
public record AuditActor(ActorType type, String id) {

  private static final AuditActor ANONYMOUS = new AuditActor(ActorType.ANONYMOUS, "");

  public static AuditActor of(String principalName) {
    if (principalName == null) {
      return ANONYMOUS;
    }
    var user = PrincipalNames.userId(principalName);
    if (user.isPresent()) {
      return new AuditActor(ActorType.USER, user.get().toString());
    }
    var token = PrincipalNames.tokenId(principalName);
    if (token.isPresent()) {
      return new AuditActor(ActorType.API_TOKEN, token.get().toString());
    }
    if (principalName.startsWith(PrincipalNames.SYSTEM)) {
      String part = principalName.substring(PrincipalNames.SYSTEM.length());
      return part.matches("[a-z-]{1,40}") ? system(part) : ANONYMOUS;
    }
    return ANONYMOUS;
  }

  /** The caller of the current request, or ANONYMOUS outside one. */
  public static AuditActor current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return ANONYMOUS;
    }
    return of(auth.getName());
  }

  public static AuditActor system(String part) {
    return new AuditActor(ActorType.SYSTEM, part);
  }

  public AuditRecord did(
      AuditAction action, String resourceType, String resourceId, Outcome outcome) {
    return new AuditRecord(type, id, action, resourceType, resourceId, outcome);
  }
}
