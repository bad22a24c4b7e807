package no.vern.inventory;

import java.util.List;
import java.util.Optional;

/**
 * The module's API: the active processing inventory and its numbered versions. Every accepted
 * replacement becomes a new version, is audited, and publishes {@link InventoryActivated} inside
 * the same transaction, so what is derived from it (the privacy notice) changes with it or not at
 * all.
 */
public interface ProcessingInventory {

  /** The inventory in force, if one was ever activated. */
  Optional<InventoryVersion> active();

  Optional<InventoryVersion> version(int number);

  /** Newest first, without the documents. */
  List<InventoryVersion.Summary> versions();

  /**
   * Validates the document and, when it has no blocking problem, activates it as a new version.
   * Warnings never block. {@code actor} is an identifier such as {@code user:<uuid>}.
   */
  Activation replace(String document, InventoryDocuments.Format format, String actor);

  /** The outcome of {@link #replace}: the new version, or every problem and nothing stored. */
  record Activation(Optional<InventoryVersion> activated, List<Problem> problems) {

    public boolean accepted() {
      return activated.isPresent();
    }
  }
}
