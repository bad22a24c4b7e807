package no.vern.consent;

/**
 * What decisions answer while a consent waits for renewal after a material change of its purpose
 * ({@code vern.consent.renewal-pending}): deny until the person renews (the default), or keep
 * allowing until the person answers.
 */
public enum RenewalPending {
  KEEP,
  DENY
}
