package no.vern.breach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code breach}, whole: the register's entry as the API and the pages show it. The one
 * row type of the table, so a column added touches this file and {@link BreachRows}.
 */
record BreachRow(
    UUID id,
    String summary,
    String type,
    Instant awareAt,
    Instant notifyBy,
    @Nullable Instant occurredFrom,
    @Nullable Instant occurredTo,
    @Nullable String reporterKind,
    @Nullable String reportedBy,
    @Nullable String mainCause,
    @Nullable String whatHappened,
    List<String> dataCategories,
    List<String> subjectCategories,
    @Nullable Integer approxSubjects,
    @Nullable Integer approxRecords,
    @Nullable String relationship,
    @Nullable String dataLocation,
    @Nullable String consequences,
    @Nullable String measuresTaken,
    @Nullable String measuresPlanned,
    @Nullable String risk,
    @Nullable String riskReasoning,
    @Nullable String notifyDecision,
    @Nullable String decisionReason,
    @Nullable String subjectsInformed,
    @Nullable String contact,
    @Nullable String exceptionGround,
    @Nullable String exceptionReason,
    @Nullable String publicNotice,
    String recordedBy,
    Instant recordedAt,
    Instant updatedAt) {}
