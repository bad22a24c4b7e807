package no.vern.inventory;

/**
 * The organisation as the privacy notice presents it: who to ask, the data protection officer if
 * one is appointed (Art. 37), where to complain (Art. 13(2)(d)) and how breaches are met.
 */
public record Organisation(
    String name,
    Contact privacyContact,
    Contact dataProtectionOfficer,
    SupervisoryAuthority supervisoryAuthority,
    Text breachResponse) {}
