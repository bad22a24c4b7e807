package no.vern.audit;

import java.util.UUID;
import no.vern.audit.AuditRecord.ActorType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current request, as identifiers only. Vern's security names principals {@code
 * user:<uuid>} and {@code token:<uuid>}; anything else (including a plain user name, which could be
 * personal data) is recorded as anonymous rather than copied onto the trail.
 */
record CurrentActor(ActorType type, String id) {

  static CurrentActor get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return anonymous();
    }
    String name = auth.getName() == null ? "" : auth.getName();
    if (name.startsWith("user:") && isUuid(name.substring(5))) {
      return new CurrentActor(ActorType.USER, name.substring(5));
    }
    if (name.startsWith("token:") && isUuid(name.substring(6))) {
      return new CurrentActor(ActorType.API_TOKEN, name.substring(6));
    }
    return anonymous();
  }

  AuditRecord did(AuditAction action, String resourceType, String resourceId, boolean success) {
    return new AuditRecord(
        type,
        id,
        action,
        resourceType,
        resourceId,
        success ? AuditRecord.Outcome.SUCCESS : AuditRecord.Outcome.FAILURE);
  }

  private static CurrentActor anonymous() {
    return new CurrentActor(ActorType.ANONYMOUS, "");
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
