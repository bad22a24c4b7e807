/**
 * Disclosures to recipients and processors, and their agreements (Art. 19, 28, 30(1)(d)).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
@org.jspecify.annotations.NullMarked
package no.vern.disclosure;
