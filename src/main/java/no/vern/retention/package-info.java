/**
 * Retention sweeps, legal holds and anonymisation (Art. 5(1)(e), 17(3)).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
@org.jspecify.annotations.NullMarked
package no.vern.retention;
