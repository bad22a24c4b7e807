package no.vern.dsr;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One request as the person may see it: the reference they can quote, its state (the lower-case
 * code, {@code received} ... {@code expired}), the rights asked for and the dates.
 */
public record RequestSummary(
    UUID id,
    String reference,
    String state,
    Set<String> rights,
    LocalDate receivedAt,
    LocalDate dueAt) {}
