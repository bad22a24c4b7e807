package no.vern.consent;

/**
 * What decisions answer while a consent waits for renewal after a material change of its purpose
 * ({@code vern.consent.renewal-pending}): keep allowing until the person answers, or deny at once.
 */
public enum RenewalPending {
  KEEP,
  DENY
}
