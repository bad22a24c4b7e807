package no.vern.inventory;

/**
 * The organisation as the privacy notice presents it: who to ask, the data protection officer if
 * one is appointed (Art. 37), where to complain (Art. 13(2)(d)) and how breaches are met. {@code
 * summary} is what the organisation does with personal data in a few lines, for the notice's first
 * layer; {@code notAimedAtChildren} states that the services are not meant for children; {@code
 * website} is the organisation's own site, which every public page links back to (optional).
 */
public record Organisation(
    String name,
    Contact privacyContact,
    Contact dataProtectionOfficer,
    SupervisoryAuthority supervisoryAuthority,
    Text breachResponse,
    Text summary,
    Boolean notAimedAtChildren,
    @org.jspecify.annotations.Nullable String website) {

  public boolean childrenExcluded() {
    return Boolean.TRUE.equals(notAimedAtChildren);
  }
}
