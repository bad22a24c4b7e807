package no.vern.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code disclosure}, whole: what the DPO sees (API and admin page). The one row type of
 * the table, so a column added touches this file and {@link DisclosureRows}.
 */
record DisclosureRow(
    UUID id,
    UUID subject,
    String recipient,
    @Nullable String recipientRole,
    List<String> activities,
    List<String> legalBases,
    List<String> dataCategories,
    Instant disclosedAt,
    String reason,
    int recordCount,
    @Nullable String caseReference,
    @Nullable String transferMechanism,
    boolean confidential,
    @Nullable String confidentialGround,
    @Nullable UUID requestId,
    String actor,
    @Nullable Instant recordedAt,
    @Nullable UUID batch) {}
