package no.vern.audit;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One thing to put on the trail. Holds identifiers only (a user id, a token id, a record id), never
 * a personal-data value such as a name, an e-mail address or a national identity number.
 *
 * @param reportedActor who an integrator says acted, in its own system's terms (an opaque reference
 *     such as {@code crm-user:4711}); never the actor, which is always the caller. Null when
 *     nothing is reported
 * @param reason a code saying why the action was denied or failed ({@code REVOKED}); null when
 *     there is none
 */
public record AuditRecord(
    ActorType actorType,
    String actorId,
    AuditAction action,
    String resourceType,
    String resourceId,
    Outcome outcome,
    @Nullable String reportedActor,
    @Nullable String reason) {

  /** What a reported actor may hold: an identifier's characters, at most 200 of them. */
  public static final Pattern REPORTED_ACTOR = Pattern.compile("[A-Za-z0-9:._@/-]{1,200}");

  private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  public AuditRecord {
    Objects.requireNonNull(actorType, "actorType");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    actorId = actorId == null ? "" : actorId;
    resourceType = resourceType == null ? "" : resourceType;
    resourceId = resourceId == null ? "" : resourceId;
    // The database checks the same; failing here names the caller instead of the chain writer.
    if (reportedActor != null && !REPORTED_ACTOR.matcher(reportedActor).matches()) {
      throw new IllegalArgumentException("A reported actor is an identifier of 1-200 characters");
    }
    if (reason != null && !REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException("A reason is a code such as REVOKED");
    }
  }

  public AuditRecord(
      ActorType actorType,
      String actorId,
      AuditAction action,
      String resourceType,
      String resourceId,
      Outcome outcome) {
    this(actorType, actorId, action, resourceType, resourceId, outcome, null, null);
  }

  /** The same record with the actor an integrator reports (the actor itself is unchanged). */
  public AuditRecord reportedBy(@Nullable String reported) {
    return new AuditRecord(
        actorType, actorId, action, resourceType, resourceId, outcome, reported, reason);
  }

  /** The same record with the reason it was denied or failed. */
  public AuditRecord because(@Nullable String why) {
    return new AuditRecord(
        actorType, actorId, action, resourceType, resourceId, outcome, reportedActor, why);
  }

  public enum ActorType {
    USER,
    API_TOKEN,
    SYSTEM,
    ANONYMOUS,
    /** Someone in an integrator's own system: no longer written, kept for entries that have it. */
    EXTERNAL
  }

  public enum Outcome {
    SUCCESS,
    FAILURE,
    DENIED
  }
}
