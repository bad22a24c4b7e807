package no.vern.inventory;

/**
 * An event from which a retention period runs: collected, last contact, case closed, fiscal year
 * end, unsubscribed, ... Declared once so that the retention module can map each id to the event
 * that starts its clock, and so that a misspelled trigger is caught instead of never firing.
 */
public record RetentionTrigger(String id, Text description) {}
