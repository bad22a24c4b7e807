/**
 * Publishing with a preview (issue 16, item 3): the DPO edits the inventory as a draft, sees the
 * notice it would publish in both languages, its diff, every problem at its line and what would
 * follow (purposes changing materially, people asked to renew, retention rules that move), and only
 * then publishes it, in a separate, confirmed and audited step. The API's {@code PUT} still
 * activates directly. See {@code docs/inventory.md}, "Drafts and publishing".
 */
@org.jspecify.annotations.NullMarked
package no.vern.inventory.draft;
