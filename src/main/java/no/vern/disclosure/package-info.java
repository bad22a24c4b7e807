/**
 * The disclosure register: disclosures to recipients (Art. 19, 30(1)(d)) and what a person is told
 * about them (Art. 15(1)(c)).
 *
 * <p>Every disclosure of a person's data is an entry, by ids and codes: Vern's own ({@link
 * Disclosures#record(NewDisclosure, String)}, portable data sent to another controller) and those
 * other systems report through {@code POST /api/v1/disclosures}, checked against the inventory in
 * force. A confidential disclosure (a report to Økokrim) is never shown to the person ({@link
 * DisclosuresForPerson}); {@link DisclosureRecipients} names the recipients for Art. 19 notices.
 * Processor agreements as a register of their own are still to come. docs/disclosures.md.
 */
@org.jspecify.annotations.NullMarked
package no.vern.disclosure;
