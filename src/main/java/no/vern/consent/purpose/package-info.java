/**
 * The consent purposes as the ledger, decisions, receipts and the sweep read them: the purposes and
 * activities of the active inventory, kept in memory and checked for a new version at most once a
 * second ({@link no.vern.consent.purpose.PurposeCatalogue}), and what each published notice version
 * said about a purpose, the text a person was shown and its hash ({@link
 * no.vern.consent.purpose.NoticeTexts}). One place, because all four must agree on what a purpose
 * is.
 */
@org.jspecify.annotations.NullMarked
package no.vern.consent.purpose;
