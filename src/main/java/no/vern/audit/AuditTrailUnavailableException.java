package no.vern.audit;

/**
 * The trail could not confirm an append in time. The action it was meant to record should not be
 * treated as done: an unrecorded action is what the trail exists to prevent.
 */
public class AuditTrailUnavailableException extends RuntimeException {

  public AuditTrailUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
