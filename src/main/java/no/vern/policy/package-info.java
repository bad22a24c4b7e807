/**
 * The published privacy notice in Bokmål and English, generated from the inventory and versioned
 * (Art. 12-14).
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
package no.vern.policy;
