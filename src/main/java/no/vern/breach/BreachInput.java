package no.vern.breach;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A breach as sent to {@code POST /api/v1/breaches} (all of it) or {@code PATCH
 * /api/v1/breaches/{id}} (what changes: a field left out keeps its value). Every field as sent, so
 * that each mistake can be named (docs/breaches.md).
 */
record BreachInput(
    @Nullable String summary,
    @Nullable String type,
    @Nullable String awareAt,
    @Nullable String occurredFrom,
    @Nullable String occurredTo,
    @Nullable String reporterKind,
    @Nullable String reportedBy,
    @Nullable String mainCause,
    @Nullable String whatHappened,
    @Nullable List<String> dataCategories,
    @Nullable List<String> subjectCategories,
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
    @Nullable String publicNotice) {}
