/**
 * Retention sweeps, legal holds and anonymisation (Art. 5(1)(e), 17(3)).
 *
 * <p>The wording of a rule lives in {@link no.vern.shared.retention.RetentionWording}, in the open
 * kernel, because inventory, policy and subject show rules while this module reads inventory and
 * subject.
 */
@org.jspecify.annotations.NullMarked
package no.vern.retention;
