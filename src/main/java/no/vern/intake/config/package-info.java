/** The intake's one settings record and the screener it shares across channels. */
package no.vern.intake.config;
