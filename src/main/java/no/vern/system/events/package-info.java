/**
 * The event publication registry as operators see it: the admin page of unfinished reactions with
 * their resubmission, and the {@code vern.events.incomplete} metric (docs/events.md).
 */
package no.vern.system.events;
