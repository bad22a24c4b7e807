/**
 * Requests from data subjects: verification, calendar-correct deadlines and fulfilment (Art. 12,
 * 15-22).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
@org.jspecify.annotations.NullMarked
package no.vern.dsr;
