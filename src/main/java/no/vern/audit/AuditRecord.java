package no.vern.audit;

import java.util.Objects;

/**
 * One thing to put on the trail. Holds identifiers only (a user id, a token id, a record id), never
 * a personal-data value such as a name, an e-mail address or a national identity number.
 */
public record AuditRecord(
    ActorType actorType,
    String actorId,
    AuditAction action,
    String resourceType,
    String resourceId,
    Outcome outcome) {

  public AuditRecord {
    Objects.requireNonNull(actorType, "actorType");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    actorId = actorId == null ? "" : actorId;
    resourceType = resourceType == null ? "" : resourceType;
    resourceId = resourceId == null ? "" : resourceId;
  }

  public enum ActorType {
    USER,
    API_TOKEN,
    SYSTEM,
    ANONYMOUS,
    /** Someone in an integrator's own system, reported through the events API. */
    EXTERNAL
  }

  public enum Outcome {
    SUCCESS,
    FAILURE,
    DENIED
  }
}
