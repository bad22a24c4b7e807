package no.vern.breach;

import org.jspecify.annotations.Nullable;

/**
 * A notification given, as sent to {@code POST /api/v1/breaches/{id}/notifications}
 * (docs/breaches.md). Left out: {@code recipient} is Datatilsynet, {@code phase} is {@code initial}
 * for the first notification to that recipient and {@code follow-up} after it, {@code notifiedAt}
 * is now, and the channel to Datatilsynet is {@code altinn} (its breach form).
 */
record NotificationInput(
    @Nullable String recipient,
    @Nullable String phase,
    @Nullable String notifiedAt,
    @Nullable String channel,
    @Nullable String reference,
    @Nullable String adds,
    @Nullable String delayReasons) {}
