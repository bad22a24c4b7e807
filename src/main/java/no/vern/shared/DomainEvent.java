package no.vern.shared;

/**
 * What one module tells the others happened. Every event published in Vern implements this, and
 * every listener takes one, so {@code EventPayloadTests} can hold them all to the rule that an
 * event carries ids, codes, numbers and instants only: the event publication registry stores events
 * as JSON (docs/events.md), and that table must never hold a personal data value.
 */
public interface DomainEvent {}
