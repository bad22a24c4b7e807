/**
 * Retention sweeps, legal holds and anonymisation (Art. 5(1)(e), 17(3)).
 *
 * <p>Built: {@link no.vern.retention.RetentionWording}, the one wording of a retention rule, in the
 * staff's voice (admin pages, record of processing, subject page) and in the person's (the privacy
 * notice), in Bokmål and English. It takes plain values, not the inventory's types, and depends on
 * no other module, so inventory, policy and subject may all use it.
 *
 * <p>Not built yet: sweeps, holds and anonymisation; the admin shell shows what this module will
 * hold.
 */
@org.jspecify.annotations.NullMarked
package no.vern.retention;
