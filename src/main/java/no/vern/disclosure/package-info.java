/**
 * Disclosures to recipients and processors, and their agreements (Art. 19, 28, 30(1)(d)).
 *
 * <p>Built so far: the register itself, {@link Disclosures#record}, for what Vern discloses on its
 * own (portable data sent to another controller, Art. 20(2)), so that a person can later be told
 * who received their data (Art. 19). The agreements and the admin page are still to come.
 */
@org.jspecify.annotations.NullMarked
package no.vern.disclosure;
