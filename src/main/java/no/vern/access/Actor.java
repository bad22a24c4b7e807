package no.vern.access;

import no.vern.audit.AuditRecord.ActorType;
import no.vern.shared.PrincipalNames;

/** Who did something, as the audit trail records it: a type and an identifier, never a name. */
record Actor(ActorType type, String id) {

  static final Actor SYSTEM = new Actor(ActorType.SYSTEM, "vern");

  /**
   * From {@code Authentication.getName()}, which is {@code user:<uuid>} or {@code token:<uuid>}.
   */
  static Actor of(String principalName) {
    return PrincipalNames.userId(principalName)
        .map(id -> new Actor(ActorType.USER, id.toString()))
        .or(
            () ->
                PrincipalNames.tokenId(principalName)
                    .map(id -> new Actor(ActorType.API_TOKEN, id.toString())))
        .orElseThrow(() -> new IllegalArgumentException("Not a Vern principal name"));
  }

  /** How {@code created_by} of a token names this actor. */
  String principalName() {
    return switch (type) {
      case USER -> PrincipalNames.USER + id;
      case API_TOKEN -> PrincipalNames.TOKEN + id;
      default -> type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    };
  }
}
