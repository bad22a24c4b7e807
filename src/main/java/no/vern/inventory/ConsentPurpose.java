package no.vern.inventory;

/**
 * What a person consents to, as they will read it. Consent-based activities and non-necessary
 * cookies point here by {@code code}; the consent ledger records decisions against the code.
 */
public record ConsentPurpose(String code, Text title, Text description) {}
