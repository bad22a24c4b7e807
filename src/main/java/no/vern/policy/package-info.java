/**
 * The published privacy notice (GDPR Art. 12-14), generated from the active processing inventory in
 * Bokmål and English. {@link no.vern.policy.PrivacyNotices#publish} stores a new numbered,
 * immutable version whenever the generated content changes (on every {@code InventoryActivated},
 * inside the activating transaction), renders its HTML once, and records per consent purpose
 * whether it changed materially, so consent can ask again only the people it concerns.
 *
 * <p>Public pages: {@code /privacy}, {@code /privacy.json}, {@code /privacy/versions}, {@code
 * /privacy/versions/{n}}, {@code /privacy/diff} and {@code /public/privacy-notice/status}; the
 * DPO's view is {@code /admin/policy}. The notice itself is built in the Spring-free {@code domain}
 * package. See {@code docs/privacy-notice.md}.
 */
@org.jspecify.annotations.NullMarked
package no.vern.policy;
