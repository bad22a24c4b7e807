package no.vern.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An action in an integrator's own system, such as a read of personal data in a CRM. Every value is
 * an identifier (a user id, a record id), never the personal data itself.
 *
 * @param action an integrator action code (12xx); EXTERNAL_EVENT when absent
 */
record ExternalEventRequest(
    @NotNull
        @Pattern(
            regexp = "USER|API_TOKEN|SYSTEM|ANONYMOUS|EXTERNAL",
            message = "must be USER, API_TOKEN, SYSTEM, ANONYMOUS or EXTERNAL")
        String actorType,
    @NotBlank @Identifier String actorId,
    @NotBlank @Identifier String resourceType,
    @NotBlank @Identifier String resourceId,
    @NotNull
        @Pattern(regexp = "SUCCESS|FAILURE|DENIED", message = "must be SUCCESS, FAILURE or DENIED")
        String outcome,
    Integer action) {

  /** Integrators may only record integrator actions, never forge a login or a purge. */
  @AssertTrue(message = "must be a known integrator action code (12xx)")
  boolean isIntegratorAction() {
    return action == null || (action / 100 == 12 && isKnown(action));
  }

  AuditRecord toRecord() {
    return new AuditRecord(
        AuditRecord.ActorType.valueOf(actorType),
        actorId,
        action == null ? TrailAuditAction.EXTERNAL_EVENT : AuditActions.ofCode(action),
        resourceType,
        resourceId,
        AuditRecord.Outcome.valueOf(outcome));
  }

  private static boolean isKnown(int code) {
    try {
      AuditActions.ofCode(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
