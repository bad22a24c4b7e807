package no.vern.inventory;

import java.time.Instant;

/** One accepted, immutable version of the inventory. */
public record InventoryVersion(
    int number, Inventory inventory, String sha256, Instant activatedAt, String activatedBy) {

  public Summary summary() {
    return new Summary(number, sha256, activatedAt, activatedBy);
  }

  /** A version without its document, for lists. */
  public record Summary(int number, String sha256, Instant activatedAt, String activatedBy) {}
}
