package no.vern.inventory.draft;

import java.time.Instant;

/**
 * The inventory being edited, stored as typed (problems and all). {@code sha256} names exactly this
 * text, so a publish confirms the draft the DPO previewed and not one saved since in another tab.
 */
public record Draft(String document, String sha256, Instant savedAt, String savedBy) {}
