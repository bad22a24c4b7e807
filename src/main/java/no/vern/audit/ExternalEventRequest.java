package no.vern.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An action in an integrator's own system, such as a read of personal data in a CRM. Every value is
 * an identifier (a user id, a record id), never the personal data itself.
 *
 * <p>The actor of the entry is always the calling token. Who the integrator says acted goes into
 * {@code reportedActor}, kept apart and shown as the integrator's claim. The older fields {@code
 * actorType} and {@code actorId} are still accepted and become the reported actor {@code
 * <type>:<id>} (lower-case type); they no longer name the entry's actor.
 *
 * @param reportedActor who acted, as the integrator's own opaque reference (at most 200 of {@code
 *     A-Z a-z 0-9 : . _ @ / -}, not an e-mail address); optional
 * @param action an integrator action code (12xx); EXTERNAL_EVENT when absent
 */
record ExternalEventRequest(
    @Nullable @Identifier @Size(min = 1, message = "must not be empty") String reportedActor,
    @Nullable
        @Pattern(
            regexp = "USER|API_TOKEN|SYSTEM|ANONYMOUS|EXTERNAL",
            message = "must be USER, API_TOKEN, SYSTEM, ANONYMOUS or EXTERNAL")
        String actorType,
    @Nullable @Identifier String actorId,
    @NotBlank @Identifier String resourceType,
    @NotBlank @Identifier String resourceId,
    @NotNull
        @Pattern(regexp = "SUCCESS|FAILURE|DENIED", message = "must be SUCCESS, FAILURE or DENIED")
        String outcome,
    @Nullable Integer action) {

  /** Integrators may only record integrator actions, never forge a login or a purge. */
  @AssertTrue(message = "must be a known integrator action code (12xx)")
  boolean isIntegratorAction() {
    return action == null || (action / 100 == 12 && isKnown(action));
  }

  @AssertTrue(message = "give reportedActor, or the older actorType and actorId, not both")
  boolean isReportedActorGivenOnce() {
    return reportedActor == null || (actorType == null && actorId == null);
  }

  @AssertTrue(
      message =
          "actorType and actorId come together, and with the type before it at most 200"
              + " characters")
  boolean isOlderActorComplete() {
    if (actorType == null && actorId == null) {
      return true;
    }
    return actorType != null
        && actorId != null
        && !actorId.isBlank()
        && legacyReported().length() <= 200;
  }

  /** The entry: the caller acted; what the integrator says happened rides along, labelled. */
  AuditRecord toRecord(AuditActor caller) {
    return caller
        .did(
            action == null ? TrailAuditAction.EXTERNAL_EVENT : AuditActions.ofCode(action),
            resourceType,
            resourceId,
            AuditRecord.Outcome.valueOf(outcome))
        .reportedBy(reported());
  }

  private @Nullable String reported() {
    if (reportedActor != null) {
      return reportedActor;
    }
    return actorType == null ? null : legacyReported();
  }

  private String legacyReported() {
    return String.valueOf(actorType).toLowerCase(Locale.ROOT) + ":" + actorId;
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
