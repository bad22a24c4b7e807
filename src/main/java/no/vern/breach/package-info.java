/**
 * The breach register (Art. 33(5)), the 72-hour clock of Art. 33(1) with reminders to the DPO, the
 * notification to Datatilsynet in phases (33(3), 33(4)), finding the people affected, and the
 * notices to them when the risk is high (Art. 34). docs/breaches.md.
 */
@org.jspecify.annotations.NullMarked
package no.vern.breach;
