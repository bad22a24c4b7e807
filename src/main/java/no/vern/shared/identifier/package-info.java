/**
 * Value types for the identifiers a data subject is known by: fødselsnummer and D-nummer, bank
 * account, organisation number, e-mail and phone. Each parses raw input into a normalised value
 * (the form that is blind-indexed) or into reasons that say what to fix, and none ever prints its
 * value, because most of them are personal data (GDPR Art. 5(1)(f), Art. 32; DOMAIN.md, "Norwegian
 * identifiers"). Free of Spring so every module, domain packages included, may use them.
 */
@org.jspecify.annotations.NullMarked
package no.vern.shared.identifier;
