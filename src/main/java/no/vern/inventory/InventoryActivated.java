package no.vern.inventory;

import java.time.Instant;

/**
 * A new inventory version is in force. Published inside the activating transaction: a listener that
 * fails rolls the activation back.
 */
public record InventoryActivated(int version, Instant at) {}
