/**
 * The admin lists of records someone must act on: people still to be told about data collected
 * elsewhere (Art. 14) and records screening flagged for review.
 */
@org.jspecify.annotations.NullMarked
package no.vern.intake.informing;
