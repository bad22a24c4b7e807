/**
 * A request from its receipt to its answer: the public page, the API, the admin intake form and
 * queue, verification by a mailed code or by a case handler, deadlines, extensions, refusals,
 * reminders, expiry and the webhook. Internal to the module.
 */
@org.jspecify.annotations.NullMarked
package no.vern.dsr.request;
