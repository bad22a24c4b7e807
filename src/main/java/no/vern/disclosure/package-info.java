/**
 * Disclosures to recipients and processors, and their agreements (Art. 19, 28, 30(1)(d)).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
package no.vern.disclosure;
