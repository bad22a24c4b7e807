package no.vern.inventory;

import java.time.Instant;
import no.vern.shared.DomainEvent;

/**
 * A new inventory version is in force. Published inside the activating transaction: a plain
 * listener that fails (the notice's publication) rolls the activation back; module listeners react
 * after the commit (docs/events.md).
 */
public record InventoryActivated(int version, Instant at) implements DomainEvent {}
