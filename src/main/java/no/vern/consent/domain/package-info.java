/**
 * Spring-free rules of consent: state transitions, decisions, receipt content and the consent
 * record as JSON-LD (Art. 7).
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.domain;
