package no.vern.breach;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a breach may have touched, as asked (docs/breaches.md, "Finding who is affected"): one of
 * {@code activities} (records collected in the window: at or before {@code to}, which defaults to
 * now, and at or after {@code from} when given), {@code importId} (records of one import), or
 * {@code recipient} (disclosed to it between {@code from} and {@code to}, both required).
 */
record AffectedQuery(
    @Nullable List<String> activities,
    @Nullable String from,
    @Nullable String to,
    @Nullable String importId,
    @Nullable String recipient) {}
