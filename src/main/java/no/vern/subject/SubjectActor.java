package no.vern.subject;

import java.util.UUID;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;

/**
 * Who acted, as the audit trail takes it: {@code user:<uuid>} and {@code token:<uuid>} as Vern's
 * security names them, {@code system:<name>} for Vern itself; anything else becomes anonymous
 * rather than a free-form name, which could be personal data.
 */
record SubjectActor(ActorType type, String id) {

  static final SubjectActor REGISTRY = new SubjectActor(ActorType.SYSTEM, "subject-registry");

  static SubjectActor of(String actor) {
    String name = actor == null ? "" : actor;
    int colon = name.indexOf(':');
    String rest = colon < 0 ? "" : name.substring(colon + 1);
    return switch (colon < 0 ? "" : name.substring(0, colon)) {
      case "user" -> isUuid(rest) ? new SubjectActor(ActorType.USER, rest) : anonymous();
      case "token" -> isUuid(rest) ? new SubjectActor(ActorType.API_TOKEN, rest) : anonymous();
      case "system" ->
          rest.matches("[a-z-]{1,40}") ? new SubjectActor(ActorType.SYSTEM, rest) : anonymous();
      default -> anonymous();
    };
  }

  AuditRecord did(AuditAction action, SubjectId subject) {
    return new AuditRecord(type, id, action, "subject", subject.toString(), Outcome.SUCCESS);
  }

  private static SubjectActor anonymous() {
    return new SubjectActor(ActorType.ANONYMOUS, "");
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
