package no.vern.audit;

/**
 * What happened. Each module declares its own actions as an enum implementing this interface,
 * annotated with the code ranges it owns ({@link AuditCodes}); {@link AuditActions} collects them
 * at start and refuses a code or name used twice. The numeric code is persisted and hashed into the
 * chain, so a code is never reused or renumbered; new actions take new codes in their module's
 * range. The admin page names an action by the message key {@code audit.action.<NAME>}, which the
 * module puts in its own message bundle.
 */
public interface AuditAction {

  int code();

  /** The constant's name, stable and unique across modules; used for the label and in the API. */
  String name();
}
