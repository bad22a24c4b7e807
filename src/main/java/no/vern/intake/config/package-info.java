/** The intake's one settings record and the screener it shares across channels. */
@org.jspecify.annotations.NullMarked
package no.vern.intake.config;
