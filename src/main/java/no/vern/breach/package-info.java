/**
 * The breach register, the 72-hour clock and notifications (Art. 33, 34).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
@org.jspecify.annotations.NullMarked
package no.vern.breach;
