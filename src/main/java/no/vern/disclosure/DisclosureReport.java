package no.vern.disclosure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One disclosure as an integrator reports it ({@code POST /api/v1/disclosures}); every field as
 * sent, so that each mistake can be named (docs/disclosures.md).
 */
record DisclosureReport(
    @Nullable String subject,
    @Nullable String recipient,
    @Nullable String activity,
    @Nullable String disclosedAt,
    @Nullable List<String> dataCategories,
    @Nullable String legalBasis,
    @Nullable String caseReference,
    @Nullable Boolean confidential,
    @Nullable String confidentialGround) {}
