/**
 * The rights that change a person's data (issue 14, items 1-4): rectification (Art. 16), erasure
 * per record with its exemptions (Art. 17), restriction (Art. 18) and objection (Art. 21), each
 * from a request, audited by subject, recorded in {@code dsr_change} for the person's answer and
 * published as {@link no.vern.dsr.SubjectDataChanged} for Art. 19. See docs/dsr.md.
 */
@org.jspecify.annotations.NullMarked
package no.vern.dsr.change;
