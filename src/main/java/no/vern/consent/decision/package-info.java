/**
 * The enforcement point, {@link no.vern.consent.ConsentDecisions} implemented: whether a person's
 * data may be processed for a purpose or activity now, in at most three look-ups, with the rules of
 * {@code domain.DecisionRules}; {@code /api/v1/decisions} for other systems, audited per person,
 * and the filter that masks identifiers in its query string. Reads the ledger's states, never
 * writes them.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.decision;
