/**
 * Screening of free text before it is stored: finds special categories of personal data (GDPR Art.
 * 9(1)), criminal offences (Art. 10) and identifiers (national identity, bank account and payment
 * card numbers) in Bokmål and English, so a form can accept, flag, redact or refuse what the person
 * was asked not to send. Spring-free; the lexicons are resource files an organisation can extend.
 * See {@code docs/screening.md}.
 */
@org.jspecify.annotations.NullMarked
package no.vern.intake.domain.screening;
