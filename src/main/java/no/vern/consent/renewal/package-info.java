/**
 * Keeping consents true over time: {@link no.vern.consent.renewal.ConsentSweep} (the {@code
 * consent.sweep} task, and after each inventory activation) writes {@code EXPIRED} for consents
 * past their purpose's maximum age and moves expiries when a maximum age changes, and {@link
 * no.vern.consent.renewal.RenewalMarking} marks consents resting on a materially changed notice as
 * needing renewal, each notice version once. Expiry and renewal sit together because one sweep
 * applies both; the {@code EXPIRED} event itself is written by the ledger.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.renewal;
